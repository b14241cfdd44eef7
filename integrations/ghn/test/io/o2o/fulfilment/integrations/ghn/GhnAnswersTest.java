package io.o2o.fulfilment.integrations.ghn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import io.o2o.fulfilment.integrations.AdapterRouteTest;
import io.o2o.fulfilment.port.ParcelBooking;
import io.o2o.fulfilment.port.ParcelChange;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * GHN's answers that the simulator does not give, from a stand-in answering fixed JSON per path: a
 * bad token in both forms GHN documents, a repeated switch GHN refuses for what is done already, a
 * detail answered as a list and an amount written as text (as GHN's documentation shows them).
 */
@AdapterRouteTest
class GhnAnswersTest {

    @Autowired
    ProducerTemplate camel;

    @Autowired
    ConfigurableEnvironment environment;

    private final Map<String, String> answers = new ConcurrentHashMap<>();
    private final Map<String, String> headers = new ConcurrentHashMap<>();
    private HttpServer ghn;
    private MapPropertySource pointer;

    @BeforeEach
    void start() throws IOException {
        ghn = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
        ghn.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            headers.put("Token", String.valueOf(exchange.getRequestHeaders().getFirst("Token")));
            headers.put("ShopId", String.valueOf(exchange.getRequestHeaders().getFirst("ShopId")));
            String answer = answers.getOrDefault(path, "{\"code\":404,\"message\":\"no answer for " + path + "\"}");
            int status = Integer.parseInt(answer.replaceFirst("^\\{\"code\":(\\d+).*$", "$1"));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        ghn.start();
        // the base URL is read per call, so pointing it here takes effect at once
        pointer = new MapPropertySource("fixed-ghn", Map.of("o2o.ghn.base-url",
                "http://localhost:" + ghn.getAddress().getPort() + "/api"));
        environment.getPropertySources().addFirst(pointer);
    }

    @AfterEach
    void stop() {
        environment.getPropertySources().remove(pointer.getName());
        ghn.stop(0);
    }

    @Test
    void aBadTokenIsATechnicalFailureInEitherOfGhnsForms() {
        answers.put("/api/v2/shipping-order/create",
                "{\"code\":401,\"message\":\"Token is not valid!\",\"data\":null}");
        assertThatThrownBy(() -> book()).cause().isInstanceOf(RemoteSystemException.class)
                .hasMessage("GHN create answered 401 Unauthorized: Token is not valid!");

        answers.put("/api/v2/shipping-order/create",
                "{\"code\":400,\"message\":\"code=401, message=Token is not valid!\",\"data\":null}");
        assertThatThrownBy(() -> book()).cause().isInstanceOf(RemoteSystemException.class)
                .hasMessage("GHN create answered 400 Bad Request: code=401, message=Token is not valid!");
        assertThat(headers).containsEntry("Token", "demo-ghn-7d1c5e2a-4b9f-11f0-a3c6-o2odemo")
                .containsEntry("ShopId", "2510101");
    }

    @Test
    void aTakenClientOrderCodeFindsTheEarlierOrderAlsoWhenGhnAnswersItAsAListWithTheFeeAsText() {
        answers.put("/api/v2/shipping-order/create", "{\"code\":400,\"message\":\"Mã đơn hàng ClientOrderCode đã"
                + " tồn tại\",\"data\":null,\"code_message\":\"USER_ERR_COMMON\"}");
        answers.put("/api/v2/shipping-order/detail-by-client-code", "{\"code\":200,\"message\":\"Success\",\"data\":"
                + "[{\"order_code\":\"Z82T1\",\"sort_code\":\"0-000-0-A4\",\"total_fee\":\"33000\","
                + "\"leadtime\":\"2021-11-13T23:59:59Z\",\"status\":\"ready_to_pick\"}]}");

        assertThat(book()).isEqualTo(new ParcelBooking(ParcelBooking.Outcome.BOOKED, "Z82T1", "0-000-0-A4", 33_000,
                Instant.parse("2021-11-13T23:59:59Z"), null));
    }

    @Test
    void aRepeatedCancelGhnRefusesIsDoneWhenTheOrderIsCancelledAlready() {
        answers.put("/api/v2/switch-status/cancel", "{\"code\":200,\"message\":\"Success\",\"data\":"
                + "[{\"order_code\":\"L8TL6B\",\"result\":false,\"message\":\"Đơn hàng đã hủy\"}]}");
        answers.put("/api/v2/shipping-order/detail", "{\"code\":200,\"message\":\"Success\",\"data\":"
                + "{\"order_code\":\"L8TL6B\",\"status\":\"cancel\"}}");
        assertThat(cancel()).isEqualTo(new ParcelChange(ParcelChange.Outcome.DONE, null));

        answers.put("/api/v2/shipping-order/detail", "{\"code\":200,\"message\":\"Success\",\"data\":"
                + "{\"order_code\":\"L8TL6B\",\"status\":\"picked\"}}");
        assertThat(cancel()).isEqualTo(new ParcelChange(ParcelChange.Outcome.REFUSED, "Đơn hàng đã hủy"));
    }

    private ParcelBooking book() {
        return camel.requestBody("direct:ghn-book", GhnSimulatorClient.booking(1200), ParcelBooking.class);
    }

    private ParcelChange cancel() {
        return camel.requestBody("direct:ghn-cancel", GhnSimulatorClient.change("L8TL6B"), ParcelChange.class);
    }
}
