package io.o2o.fulfilment.integrations.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.o2o.fulfilment.port.RemoteSystemException;
import java.util.Map;
import org.apache.camel.Exchange;
import org.apache.camel.impl.DefaultCamelContext;
import org.apache.camel.support.DefaultExchange;
import org.junit.jupiter.api.Test;

class RemoteAnswerTest {

    @Test
    void aBodyThatIsNoProblemIsQuotedAsTheStatusAndTheStandardReason() {
        Exchange answer = answer(503, null, "{\"error\":\"maintenance\"}", Map.of("error", "maintenance"));

        assertThatThrownBy(() -> RemoteAnswer.fail(answer)).isInstanceOf(RemoteSystemException.class)
                .hasMessage("ERP answered 503 Service Unavailable: {\"error\":\"maintenance\"}");
    }

    @Test
    void aProblemIsQuotedByItsDetailWithThePartnersOwnReasonPhrase() {
        String problem = "{\"type\":\"about:blank\",\"status\":409,\"detail\":\"document locked\"}";
        Exchange answer = answer(409, "Locked Here", problem, Map.of("status", 409, "detail", "document locked"));

        assertThatThrownBy(() -> RemoteAnswer.fail(answer)).hasMessage("ERP answered 409 Locked Here: document locked");
    }

    @Test
    void aLongOrEmptyBodyIsCutOrNamedOnOneLine() {
        String page = "<html>\n  <body>" + "x".repeat(500) + "</body>\n</html>";

        assertThatThrownBy(() -> RemoteAnswer.fail(answer(502, "", page, page)))
                .hasMessageStartingWith("ERP answered 502 Bad Gateway: <html> <body>xxx")
                .hasMessageEndingWith("x...")
                .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(260).doesNotContain("\n"));
        assertThatThrownBy(() -> RemoteAnswer.fail(answer(500, null, "", "")))
                .hasMessage("ERP answered 500 Internal Server Error: (empty body)");
        assertThat(RemoteAnswer.statusLine(599, null)).isEqualTo("599");
    }

    private static Exchange answer(int status, String reason, String raw, Object parsed) {
        Exchange exchange = new DefaultExchange(new DefaultCamelContext());
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_CODE, status);
        exchange.getMessage().setHeader(Exchange.HTTP_RESPONSE_TEXT, reason);
        exchange.getMessage().setBody(parsed);
        exchange.setVariable("answer", raw);
        exchange.setVariable("system", "ERP");
        return exchange;
    }
}
