package io.o2o.fulfilment.loaddriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OptionsTest {

    @Test
    void defaultsDriveLocalhostGently() {
        Options options = Options.parse();

        assertThat(options.baseUrl()).isEqualTo(URI.create("http://localhost:8080"));
        assertThat(options.rate()).isEqualTo(1.0);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.maxOrders()).isEqualTo(Long.MAX_VALUE);
        assertThat(options.stores()).containsExactly("HCM-Q1", "HCM-Q7", "HN-HK");
        assertThat(options.payment()).isEqualTo(PaymentMode.MIXED);
        assertThat(options.concurrency()).isEqualTo(32);
        assertThat(options.timeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(options.allowRemote()).isFalse();
    }

    @Test
    void readsEveryOption() {
        Options options = Options.parse("--base-url", "http://127.0.0.1:9090/", "--rate", "2.5", "--duration", "30",
                "--max-orders", "100", "--stores", "hcm-q1, HN-HK,,HCM-Q1", "--payment", "pay-at-store",
                "--concurrency", "8", "--timeout", "0.5");

        assertThat(options.baseUrl()).isEqualTo(URI.create("http://127.0.0.1:9090"));
        assertThat(options.rate()).isEqualTo(2.5);
        assertThat(options.duration()).isEqualTo(Duration.ofSeconds(30));
        assertThat(options.maxOrders()).isEqualTo(100);
        assertThat(options.stores()).isEqualTo(List.of("HCM-Q1", "HN-HK"));
        assertThat(options.payment()).isEqualTo(PaymentMode.PAY_AT_STORE);
        assertThat(options.concurrency()).isEqualTo(8);
        assertThat(options.timeout()).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void acceptsNameEqualsValue() {
        Options options = Options.parse("--rate=4", "--payment=MOMO");

        assertThat(options.rate()).isEqualTo(4.0);
        assertThat(options.payment()).isEqualTo(PaymentMode.MOMO);
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://localhost:8080", "http://LOCALHOST", "http://127.0.0.1:8080",
            "http://127.3.2.1", "http://[::1]:8080", "https://localhost:8443/app" })
    void acceptsLoopbackTargets(String url) {
        assertThat(Options.parse("--base-url", url).baseUrl().getHost()).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = { "http://example.com", "http://10.0.0.5:8080", "http://192.168.1.2",
            "http://localhost.example.com", "http://127.0.0.1.nip.io", "http://[::2]" })
    void refusesOtherHosts(String url) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--base-url", url))
            .withMessageContaining("--allow-remote");
    }

    @Test
    void allowRemoteLetsOtherHostsThrough() {
        Options options = Options.parse("--base-url", "http://staging.example.com", "--allow-remote");

        assertThat(options.allowRemote()).isTrue();
        assertThat(options.baseUrl().getHost()).isEqualTo("staging.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = { "--rate=0", "--rate=-1", "--rate=fast", "--rate=NaN", "--duration=0",
            "--max-orders=0", "--max-orders=1.5", "--concurrency=0", "--timeout=-3", "--stores=,",
            "--payment=CARD", "--base-url=ftp://localhost", "--base-url=localhost:8080", "--colour=red" })
    void rejectsBadValues(String arg) {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse(arg));
    }

    @Test
    void rejectsOptionWithoutValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> Options.parse("--rate"))
            .withMessage("--rate needs a value");
    }

    @Test
    void helpIsNotAnError() {
        assertThatThrownBy(() -> Options.parse("--rate", "2", "--help")).isInstanceOf(Options.HelpRequested.class);
    }
}
