package io.o2o.fulfilment.process;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.springframework.stereotype.Component;

/**
 * Lets a task listener refuse a submitted form: it throws a {@link FormFieldValidationException}
 * (a wrong pickup code, more picked than ordered) and the person sees its message on the form.
 * <p>
 * The engine wraps whatever a listener throws; this interceptor sits outside the transaction, so
 * the task is already rolled back when it hands the refusal itself to the caller. The REST API
 * then answers 400 with the message, which Tasklist shows on the form.
 */
@Component
class FormRefusals extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<CommandInterceptor> interceptors = configuration.getCustomPreCommandInterceptorsTxRequired() == null
                ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomPreCommandInterceptorsTxRequired());
        interceptors.add(0, new Unwrapping());
        configuration.setCustomPreCommandInterceptorsTxRequired(interceptors);
    }

    private static final class Unwrapping extends CommandInterceptor {

        @Override
        public <T> T execute(Command<T> command) {
            try {
                return next.execute(command);
            } catch (RuntimeException e) {
                for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
                    if (cause instanceof FormFieldValidationException refusal) {
                        throw refusal;
                    }
                }
                throw e;
            }
        }
    }
}
