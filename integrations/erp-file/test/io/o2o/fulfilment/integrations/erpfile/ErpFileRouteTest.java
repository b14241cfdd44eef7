package io.o2o.fulfilment.integrations.erpfile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.ErpAcknowledgement;
import io.o2o.fulfilment.port.RemoteSystemException;
import io.o2o.fulfilment.port.SaleRecord;
import io.o2o.fulfilment.port.SaleRecord.SaleLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.util.FileSystemUtils;

@AdapterRouteTest
class ErpFileRouteTest {

    @TempDir
    static Path temp;

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ObjectMapper json;

    @DynamicPropertySource
    static void dropFolder(DynamicPropertyRegistry properties) {
        properties.add("o2o.erp-file.directory", () -> drop().toString());
    }

    private static Path drop() {
        return temp.resolve("erp-drop");
    }

    @BeforeEach
    void emptyDropFolder() throws IOException {
        FileSystemUtils.deleteRecursively(drop());
        Files.createDirectories(drop());
    }

    @Test
    void dropsTheSaleAsACsvFileNamedByOrderAndKey() throws Exception {
        SaleRecord sale = sale("WEB-30001", "WEB-30001-PostSale-0",
                new SaleLine("SKU-1001", "Áo thun cotton trắng", 2, 199_000, 398_000),
                new SaleLine("SKU-1016", "Nón lưỡi trai", 1, 150_000, 150_000));

        ErpAcknowledgement answer = post(sale);

        assertThat(answer.documentNumber()).isEqualTo("WEB-30001_WEB-30001-PostSale-0");
        assertThat(files()).containsExactly(drop().resolve("WEB-30001_WEB-30001-PostSale-0.csv"));
        assertThat(Files.readString(files().get(0), StandardCharsets.UTF_8)).isEqualTo("""
                order_number,store_id,collected_at,tender,sku,name,quantity,unit_price,amount\r
                WEB-30001,HCM-Q1,2026-03-01T10:15:30Z,MOMO,SKU-1001,Áo thun cotton trắng,2,199000,398000\r
                WEB-30001,HCM-Q1,2026-03-01T10:15:30Z,MOMO,SKU-1016,Nón lưỡi trai,1,150000,150000\r
                """);
    }

    @Test
    void aRetriedCallWritesNothingNewAndAnswersTheSameDocument() throws Exception {
        String key = "WEB-30002-PostSale-0";
        ErpAcknowledgement first = post(sale("WEB-30002", key, new SaleLine("SKU-1001", "Áo", 1, 199_000, 199_000)));
        String written = Files.readString(files().get(0));

        ErpAcknowledgement retried = post(sale("WEB-30002", key, new SaleLine("SKU-1001", "Áo", 3, 199_000, 597_000)));

        assertThat(retried).isEqualTo(first);
        assertThat(files()).hasSize(1);
        assertThat(Files.readString(files().get(0))).isEqualTo(written);
    }

    @Test
    void aNameWithCommasAndQuotesIsQuoted() throws Exception {
        post(sale("WEB-30003", "WEB-30003-PostSale-0",
                new SaleLine("SKU-1020", "Quần \"slim\", xanh", 1, 350_000, 350_000)));

        assertThat(Files.readAllLines(files().get(0))).last()
                .isEqualTo("WEB-30003,HCM-Q1,2026-03-01T10:15:30Z,MOMO,SKU-1020,\"Quần \"\"slim\"\", xanh\",1,350000,350000");
    }

    @Test
    void aFolderThatCannotBeWrittenIsATechnicalFailure() throws Exception {
        FileSystemUtils.deleteRecursively(drop());
        // a file where the folder should be fails for any user, root included
        Files.writeString(drop(), "not a folder");

        assertThatThrownBy(() -> post(sale("WEB-30004", "WEB-30004-PostSale-0",
                new SaleLine("SKU-1001", "Áo", 1, 199_000, 199_000))))
                .cause()
                .isInstanceOf(RemoteSystemException.class)
                .hasMessageStartingWith("ERP drop folder " + drop() + " not writable");
    }

    private static SaleRecord sale(String orderNumber, String key, SaleLine... lines) {
        long total = Stream.of(lines).mapToLong(SaleLine::amount).sum();
        return new SaleRecord(key, orderNumber, "HCM-Q1", Instant.parse("2026-03-01T10:15:30Z"), "MOMO", total,
                List.of(lines));
    }

    private ErpAcknowledgement post(SaleRecord sale) throws Exception {
        String answer = camel.requestBody("direct:erp-file-post-sale", json.writeValueAsString(sale), String.class);
        return json.readValue(answer, ErpAcknowledgement.class);
    }

    private List<Path> files() throws IOException {
        try (Stream<Path> files = Files.list(drop())) {
            return files.sorted().toList();
        }
    }
}
