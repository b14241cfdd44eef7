package io.o2o.fulfilment.process;

import java.security.SecureRandom;
import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.pvm.process.TransitionImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Makes each port call's idempotency key once, when the call is scheduled: every sequence flow
 * into a port task sets a fresh key on the arriving execution, before the task's asynchronous
 * continuation. Retries of the job find the same key; the next visit of the task (a loop, a
 * reminder) gets a new one. The key lives with the process, so it does not depend on the history
 * level and survives a migration to a new model version.
 */
@Component
class CallKeys extends AbstractProcessEnginePlugin {

    private static final String PORT_TASK = "o2o.portTask";
    private static final String PORT_TASK_EXPRESSION = "${portTask}";
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final char[] ALPHABET = "0123456789abcdefghijkmnpqrstuvwxyz".toCharArray();
    /** The shortest request id a partner takes is MoMo's, at 50 characters. */
    private static final int MAX_KEY_LENGTH = 50;

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(new AbstractBpmnParseListener() {

            @Override
            public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                String delegate = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "delegateExpression");
                if (PORT_TASK_EXPRESSION.equals(delegate)) {
                    activity.setProperty(PORT_TASK, true);
                }
            }

            @Override
            public void parseSequenceFlow(Element element, ScopeImpl scope, TransitionImpl transition) {
                ActivityImpl target = (ActivityImpl) transition.getDestination();
                if (target != null && Boolean.TRUE.equals(target.getProperty(PORT_TASK))) {
                    transition.addBuiltInListener(ExecutionListener.EVENTNAME_TAKE,
                            (ExecutionListener) execution -> schedule(execution, target.getId()));
                }
            }
        });
    }

    /** The key of the call the execution is about to make at {@code activityId}. */
    static String of(DelegateExecution execution) {
        Object key = execution.getVariable(variableName(execution.getCurrentActivityId()));
        if (key != null) {
            return key.toString();
        }
        // reached without a sequence flow (an instance of a multi-instance task, whose flow enters the
        // multi-instance body; ops starting the task by hand): stable for this job's retries, as each
        // instance is its own asynchronous job
        return limit(execution.getProcessBusinessKey() + "-" + shortName(execution.getCurrentActivityId()) + "-"
                + execution.getId());
    }

    private static void schedule(DelegateExecution execution, String activityId) {
        execution.setVariableLocal(variableName(activityId),
                limit(execution.getProcessBusinessKey() + "-" + shortName(activityId) + "-" + random(10)));
    }

    static String variableName(String activityId) {
        return "callKey_" + activityId;
    }

    private static String shortName(String activityId) {
        String name = activityId.replaceFirst("^ServiceTask_", "");
        return name.length() > 20 ? name.substring(0, 20) : name;
    }

    private static String limit(String key) {
        return key.length() <= MAX_KEY_LENGTH ? key : key.substring(key.length() - MAX_KEY_LENGTH);
    }

    private static String random(int length) {
        char[] chars = new char[length];
        for (int i = 0; i < length; i++) {
            chars[i] = ALPHABET[RANDOM.nextInt(ALPHABET.length)];
        }
        return new String(chars);
    }
}
