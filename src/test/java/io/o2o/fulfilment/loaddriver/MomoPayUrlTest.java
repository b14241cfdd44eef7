package io.o2o.fulfilment.loaddriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MomoPayUrlTest {

    @Test
    void readsTheTokenOfASimulatorPage() {
        MomoPayUrl payUrl = MomoPayUrl.parse("http://localhost:8080/sim/momo/pay/Zx9-a_b.c", false);

        assertThat(payUrl.token()).isEqualTo("Zx9-a_b.c");
        assertThat(payUrl.uri()).isEqualTo(URI.create("http://localhost:8080/sim/momo/pay/Zx9-a_b.c"));
    }

    @Test
    void toleratesATrailingSlashAndQuery() {
        assertThat(MomoPayUrl.parse("http://127.0.0.1:8080/sim/momo/pay/abc/?lang=vi", false).token())
            .isEqualTo("abc");
    }

    @ParameterizedTest
    @ValueSource(strings = { "https://test-payment.momo.vn/v2/gateway/pay?t=abc", "http://localhost:8080/sim/momo/pay/",
            "http://localhost:8080/sim/momo/pay/abc/extra", "/sim/momo/pay/abc", "not a url" })
    void refusesAnythingButTheSimulator(String payUrl) {
        assertThatIllegalArgumentException().isThrownBy(() -> MomoPayUrl.parse(payUrl, false));
    }

    @Test
    void refusesARemoteSimulatorUnlessAllowed() {
        String remote = "http://shop.example.com/sim/momo/pay/abc";

        assertThatIllegalArgumentException().isThrownBy(() -> MomoPayUrl.parse(remote, false))
            .withMessageContaining("--allow-remote");
        assertThat(MomoPayUrl.parse(remote, true).token()).isEqualTo("abc");
    }
}
