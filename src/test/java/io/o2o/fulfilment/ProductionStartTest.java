package io.o2o.fulfilment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.o2o.fulfilment.order.PaymentMethod;
import io.o2o.fulfilment.payment.PaymentService;
import org.apache.camel.CamelContext;
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

    /** The carrier's settings, for the tests about the other keys. */
    private static final String[] GHN = {"--o2o.ghn.token=t", "--o2o.ghn.shop-id=1",
        "--o2o.ghn.webhook-secret=production-start-test-secret"};

    @Test
    void aStartWithoutTheWalletKeysFailsNamingThem(CapturedOutput output) {
        assertThatThrownBy(() -> start(with(GHN, "--o2o.pickup-code.key=production-start-test"))).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.momo.partnerCode", "o2o.momo.accessKey",
                "o2o.momo.secretKey", "must not be blank");
    }

    @Test
    void aStartWithoutTheSecondWalletsKeysFailsNamingThem(CapturedOutput output) {
        assertThatThrownBy(() -> start(with(GHN, "--o2o.pickup-code.key=production-start-test",
                "--o2o.momo.partner-code=O2OTEST", "--o2o.momo.access-key=a", "--o2o.momo.secret-key=s"))).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.zalopay.appId", "o2o.zalopay.key1",
                "o2o.zalopay.key2");
    }

    @Test
    void aStartWithoutTheCarriersSettingsFailsNamingThem(CapturedOutput output) {
        assertThatThrownBy(() -> start("--o2o.pickup-code.key=production-start-test", "--o2o.momo.partner-code=O2OTEST",
                "--o2o.momo.access-key=a", "--o2o.momo.secret-key=s", "--o2o.zalopay.enabled=false")).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.ghn.token", "o2o.ghn.shopId",
                "o2o.ghn.webhookSecret");
    }

    @Test
    void aCarrierThatIsSwitchedOffNeedsNoSettingsAndServesNothing() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FulfilmentApplication.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:h2:mem:production-start-without-ghn", "--server.port=0",
                "--o2o.pickup-code.key=production-start-test", "--o2o.momo.partner-code=O2OTEST",
                "--o2o.momo.access-key=a", "--o2o.momo.secret-key=s", "--o2o.zalopay.enabled=false",
                "--o2o.ghn.enabled=false")) {
            assertThat(app.getBean(CamelContext.class).getRoute("ghn-book")).isNull();
            assertThat(app.getBean(CamelContext.class).getRoute("momo-create")).isNotNull();
        }
    }

    @Test
    void aWalletThatIsSwitchedOffNeedsNoKeysAndIsNotOffered() {
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(FulfilmentApplication.class).run(
                "--spring.profiles.active=postgres",
                "--spring.datasource.url=jdbc:h2:mem:production-start-without-zalopay", "--server.port=0",
                "--o2o.pickup-code.key=production-start-test", "--o2o.momo.partner-code=O2OTEST",
                "--o2o.momo.access-key=a", "--o2o.momo.secret-key=s", "--o2o.zalopay.enabled=false", GHN[0], GHN[1],
                GHN[2])) {
            PaymentService payments = app.getBean(PaymentService.class);
            assertThat(payments.offers(PaymentMethod.ZALOPAY)).isFalse();
            assertThat(payments.offers(PaymentMethod.MOMO)).isTrue();
        }
    }

    @Test
    void aStartWithoutThePickupCodeKeyFailsNamingIt(CapturedOutput output) {
        assertThatThrownBy(() -> start(with(GHN, "--o2o.momo.partner-code=O2OTEST", "--o2o.momo.access-key=a",
                "--o2o.momo.secret-key=s"))).isNotNull();
        assertThat(output).contains("APPLICATION FAILED TO START", "o2o.pickup-code.key", "must not be blank");
    }

    private static String[] with(String[] settings, String... args) {
        String[] all = new String[settings.length + args.length];
        System.arraycopy(settings, 0, all, 0, settings.length);
        System.arraycopy(args, 0, all, settings.length, args.length);
        return all;
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
