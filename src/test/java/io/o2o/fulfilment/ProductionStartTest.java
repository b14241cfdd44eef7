package io.o2o.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A production start (the {@code postgres} profile, without {@code demo}) has no key by default: a
 * start without one fails before serving anything, and Spring Boot's report names the setting.
 */
@ExtendWith(OutputCaptureExtension.class)
class ProductionStartTest {

    @Test
    void aStartWithoutTheWalletKeysFailsNamingThem(CapturedOutput output) {
        assertThatThrownBy(() -> start("--o2o.pickup-code.key=production-start-test")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.momo.partnerCode", "o2o.momo.accessKey",
                "o2o.momo.secretKey", "must not be blank");
    }

    @Test
    void aStartWithoutTheSecondWalletsKeysFailsNamingThem(CapturedOutput output) {
        assertThatThrownBy(() -> start("--o2o.pickup-code.key=production-start-test", "--o2o.momo.partner-code=O2OTEST",
                "--o2o.momo.access-key=a", "--o2o.momo.secret-key=s")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.zalopay.appId", "o2o.zalopay.key1",
                "o2o.zalopay.key2");
    }

    @Test
    void aWalletThatIsSwitchedOffNeedsNoKeysAndIsNotOffered() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FulfilmentApplication.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:h2:mem:production-start-without-zalopay", "--server.port=0",
                "--o2o.pickup-code.key=production-start-test", "--o2o.momo.partner-code=O2OTEST",
                "--o2o.momo.access-key=a", "--o2o.momo.secret-key=s", "--o2o.zalopay.enabled=false")) {
            PaymentService payments = app.getBean(PaymentService.class);
            assertThat(payments.offers(PaymentMethod.ZALOPAY)).isFalse();
            assertThat(payments.offers(PaymentMethod.MOMO)).isTrue();
        }
    }

    @Test
    void aStartWithoutThePickupCodeKeyFailsNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start("--o2o.momo.partner-code=O2OTEST", "--o2o.momo.access-key=a",
                "--o2o.momo.secret-key=s")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.pickup-code.key", "must not be blank");
    }

    private static void start(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--spring.profiles.active=postgres";
        all[1] = "--spring.datasource.url=jdbc:h2:mem:production-start";
        all[2] = "--server.port=0";
        System.arraycopy(args, 0, all, 3, args.length);
        new SpringApplicationBuilder(FulfilmentApplication.class).run(all).close();
    }
}
