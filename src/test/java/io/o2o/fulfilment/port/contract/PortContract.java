package io.o2o.fulfilment.port.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.o2o.fulfilment.port.PortResult;
import io.o2o.fulfilment.port.RemoteSystemException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.Stream;
import org.apache.camel.ProducerTemplate;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.TestFactory;

/**
 * The contract test kit: a test that extends this class proves that an adapter honours each port
 * it serves, calling its endpoint {@code direct:<adapter>-<action>} with the port's JSON as the
 * process engine does. For every action:
 * <ul>
 * <li>happy path: the answer is the port's result type and carries no refusal;</li>
 * <li>business failure: a refused request answers with {@link PortResult#refusal()} set, not an
 * exception (skipped for actions that have no business refusal);</li>
 * <li>technical failure: while the partner fails, the call throws {@link RemoteSystemException}
 * instead of answering an outcome;</li>
 * <li>idempotent retry: the same request twice gives the same answer and one effect at the
 * partner.</li>
 * </ul>
 * A subclass names the adapter, gives a sample per action and the partner's fault switch.
 */
public abstract class PortContract {

    private static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();

    /** The adapter's name as in {@code o2o.adapters.*}, for example {@code momo}. */
    protected abstract String adapter();

    protected abstract ProducerTemplate camel();

    protected abstract List<ActionContract> actions();

    /** Makes the partner fail (HTTP 503, or unreachable) until {@link #partnerRecovers()}. */
    protected abstract void partnerFails();

    protected abstract void partnerRecovers();

    @TestFactory
    Stream<DynamicContainer> honoursItsPorts() {
        return actions().stream().map(action -> dynamicContainer(adapter() + " serves " + action.port().portName(),
                Stream.of(dynamicTest("happy path", () -> happyPath(action)),
                        dynamicTest("business failure", () -> businessFailure(action)),
                        dynamicTest("technical failure", () -> technicalFailure(action)),
                        dynamicTest("idempotent retry", () -> idempotentRetry(action)))));
    }

    private void happyPath(ActionContract action) throws Exception {
        PortResult result = call(action, action.sample().get());

        assertThat(result).isInstanceOf(action.port().resultType());
        assertThat(result.refusal()).as("refusal of a request that should succeed").isNull();
    }

    private void businessFailure(ActionContract action) throws Exception {
        assumeTrue(action.refused() != null, action.port().portName() + " has no business refusal");

        PortResult result = call(action, action.refused().get());

        assertThat(result.refusal()).as("the refusal, as data").isNotNull();
        assertThat(result.refusal().code()).isNotBlank();
    }

    private void technicalFailure(ActionContract action) {
        Object request = action.sample().get();
        partnerFails();
        try {
            assertThatThrownBy(() -> call(action, request))
                    .as("a partner failure is an exception, not an outcome")
                    .cause().isInstanceOf(RemoteSystemException.class);
        } finally {
            partnerRecovers();
        }
    }

    private void idempotentRetry(ActionContract action) throws Exception {
        Object request = action.sample().get();
        long before = effects(action, request);

        PortResult first = call(action, request);
        long afterFirst = effects(action, request);
        PortResult again = call(action, request);

        assertThat(again).as("the answer to a retry").isEqualTo(first);
        if (action.effects() != null) {
            assertThat(afterFirst - before).as("effects of the first call").isEqualTo(1);
            assertThat(effects(action, request)).as("effects after the retry").isEqualTo(afterFirst);
        }
    }

    private static long effects(ActionContract action, Object request) {
        return action.effects() == null ? 0 : action.effects().applyAsLong(request);
    }

    /**
     * Java adapters answer the record, YAML adapters its JSON (as text or a stream, as the application's
     * port client takes it too): all are read as the port's result type.
     */
    private PortResult call(ActionContract action, Object request) throws Exception {
        Object answer = camel().requestBody(action.port().adapterEndpointUri(adapter()), JSON.writeValueAsString(request));
        if (answer instanceof InputStream || answer instanceof byte[]) {
            answer = camel().getCamelContext().getTypeConverter().mandatoryConvertTo(String.class, answer);
        }
        return answer instanceof String text ? JSON.readValue(text, action.port().resultType())
                : JSON.convertValue(answer, action.port().resultType());
    }
}
