package io.o2o.fulfilment.process;

import static org.assertj.core.api.Assertions.assertThat;

import io.o2o.fulfilment.port.Port;
import io.o2o.fulfilment.port.RemoteSystemException;
import org.junit.jupiter.api.Test;

class FailureTextTest {

    @Test
    void aFailedPortCallNamesThePortTheAdapterAndWhatThePartnerAnswered() {
        var failure = new PortCallFailedException(Port.ERP_POST_SALE, "erp-rest",
                new RemoteSystemException("ERP answered 503 Service Unavailable: {\"error\":\"maintenance\"}"));

        assertThat(failure).hasMessage(
                "erp.post-sale via erp-rest: ERP answered 503 Service Unavailable: {\"error\":\"maintenance\"}");
    }

    @Test
    void credentialsAPartnerOrALibraryQuotesAreMasked() {
        String said = "MoMo capture answered 500 Internal Server Error: {\"partnerCode\":\"MOMO\",\"resultCode\":\"x\","
                + "\"signature\":\"9f2c0ab1\", \"accessKey\" : \"F8BBA842ECF85\"} at https://merchant:s3cret@pay.example/v2?"
                + "access_key=abc&mac=0ff1ce&token=t0k&orderId=WEB-1";

        String text = FailureText.of(said);

        assertThat(text).doesNotContain("9f2c0ab1", "F8BBA842ECF85", "s3cret", "merchant:", "abc", "0ff1ce", "t0k")
                .contains("\"signature\":\"***\"", "\"accessKey\" : \"***\"", "https://***@pay.example", "mac=***",
                        "token=***", "\"partnerCode\":\"MOMO\"", "orderId=WEB-1", "\"resultCode\":\"x\"");
    }

    @Test
    void aMessageIsOneLineAndCut() {
        String text = FailureText.of("WMS answered 502 Bad Gateway:\n" + "y".repeat(1000));

        assertThat(text).startsWith("WMS answered 502 Bad Gateway: yyy").endsWith("...").doesNotContain("\n")
                .hasSize(FailureText.MAX_LENGTH);
        assertThat(FailureText.of(null)).isEqualTo("(no message)");
        assertThat(FailureText.of("sent Authorization: Bearer eyJhbGci.x.y")).isEqualTo("sent Authorization: Bearer ***");
        assertThat(FailureText.of("idempotencyKey=K-1 and keyboard")).isEqualTo("idempotencyKey=K-1 and keyboard");
    }
}
