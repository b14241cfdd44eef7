package io.o2o.fulfilment.integrations.erp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.ErpAcknowledgement;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.SaleRecord;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.ParameterizedTypeReference;
import org.springframework.web.client.RestClient;

@AdapterRouteTest
class ErpRestRouteTest {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ObjectMapper json;

    @LocalServerPort
    int port;

    @Test
    void postsTheSaleOnceAndAnswersTheErpDocumentNumber() throws Exception {
        SaleRecord sale = sale(UUID.randomUUID().toString(), "WEB-20001", 398_000);

        ErpAcknowledgement first = post(sale);
        ErpAcknowledgement repeated = post(sale);

        assertThat(first.documentNumber()).matches("SO-\\d{4}-\\d{6}");
        assertThat(repeated).isEqualTo(first);
        assertThat(sales("WEB-20001")).singleElement()
                .satisfies(s -> assertThat(s).containsEntry("documentNumber", first.documentNumber()));
    }

    @Test
    void aRefusedSaleIsARemoteSystemExceptionInTheErpOwnWords() {
        SaleRecord wrongTotal = sale(UUID.randomUUID().toString(), "WEB-20002", 1);

        assertThatThrownBy(() -> post(wrongTotal))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessage("ERP answered 422 Unprocessable Entity: total 1 does not match the sum of the lines 398000");
    }

    private static SaleRecord sale(String key, String orderNumber, long total) {
        return new SaleRecord(key, orderNumber, "HCM-Q1", Instant.parse("2026-03-01T10:15:30Z"), "MOMO", total,
                List.of(new SaleRecord.SaleLine("SKU-1001", "Áo thun cotton trắng", 2, 199_000, 398_000)));
    }

    private ErpAcknowledgement post(SaleRecord sale) throws Exception {
        String answer = camel.requestBody("direct:erp-rest-post-sale", json.writeValueAsString(sale), String.class);
        return json.readValue(answer, ErpAcknowledgement.class);
    }

    private List<Map<String, Object>> sales(String orderNumber) {
        return RestClient.create("http://localhost:" + port).get().uri("/sim/erp/sales?orderNumber={o}", orderNumber)
                .retrieve().body(new ParameterizedTypeReference<>() {
                });
    }
}
