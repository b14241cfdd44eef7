package io.o2o.fulfilment.process;

import java.util.ArrayList;
import java.util.Date;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.TransactionState;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.incident.DefaultIncidentHandler;
import org.camunda.bpm.engine.impl.incident.IncidentContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.MessageAddedNotification;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Incident;
import org.springframework.stereotype.Component;

/**
 * A job that ops give new retries runs now, not at the due date its last failure set.
 *
 * <p>With the retry cycle {@code PT10S,PT30S,PT2M,PT10M}, Camunda 7.24 moves a failing job's due
 * date one interval ahead on every failure, the last one included: the job that opens the incident
 * is due ten minutes after it. Cockpit's "Increment number of retries" keeps the due date by default
 * ({@code PUT /job/{id}/retries} with only {@code retries}, so {@code SetJobRetriesCmd} leaves the
 * date alone, whatever {@code ensureJobDueDateNotNull} says), and the job executor only takes the
 * job when that date comes. Giving a job retries from 0 resolves its incident through the
 * {@code failedJob} incident handler, in the same command as the new retries; this handler, besides
 * resolving it as the default one does, makes a job that has failed due now if it was due later, and
 * wakes the job executor, which when idle looks for due jobs only every minute or so. A due date given with the retries (Cockpit's "Set due date") is set after this and so
 * still wins; so does Camunda's job-definition-wide retry, which updates jobs in SQL without
 * resolving their incidents one by one.
 */
@Component
class RetriedJobsRunNow extends AbstractProcessEnginePlugin {

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (configuration.getCustomIncidentHandlers() == null) {
            configuration.setCustomIncidentHandlers(new ArrayList<>());
        }
        configuration.getCustomIncidentHandlers().add(new FailedJobIncidents());
    }

    /** Camunda's own handler for failed jobs, which on resolving the incident also makes the job due. */
    static final class FailedJobIncidents extends DefaultIncidentHandler {

        FailedJobIncidents() {
            super(Incident.FAILED_JOB_HANDLER_TYPE);
        }

        @Override
        public void resolveIncident(IncidentContext context) {
            super.resolveIncident(context);
            CommandContext command = Context.getCommandContext();
            // the job entity of this command (cached): the one whose retries are being set
            JobEntity job = command.getJobManager().findJobById(context.getConfiguration());
            Date now = ClockUtil.getCurrentTime();
            // a job that never failed keeps its date: a timer someone paused with retries 0 still waits for its time
            boolean failed = job != null && job.getExceptionMessage() != null;
            if (!failed) {
                return;
            }
            if (job.getDuedate() != null && job.getDuedate().after(now)) {
                job.setDuedate(now);
            }
            // an idle job executor looks for due jobs only now and then (up to a minute): wake it
            JobExecutor executor = Context.getProcessEngineConfiguration().getJobExecutor();
            if (executor != null && executor.isActive()) {
                command.getTransactionContext().addTransactionListener(TransactionState.COMMITTED,
                        new MessageAddedNotification(executor));
            }
        }
    }
}
