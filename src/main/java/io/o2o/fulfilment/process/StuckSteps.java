package io.o2o.fulfilment.process;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.springframework.stereotype.Component;

/**
 * The steps of an order's journey that do not get through: a job that failed and is retrying, or
 * one out of retries and so an incident for ops, in any process instance of the order (the
 * journey and the processes it called, which share its business key). Other open incidents of
 * those instances are listed too.
 */
@Component
class StuckSteps {

    private final RuntimeService runtime;
    private final ManagementService management;
    private final RepositoryService repository;

    StuckSteps(RuntimeService runtime, ManagementService management, RepositoryService repository) {
        this.runtime = runtime;
        this.management = management;
        this.repository = repository;
    }

    List<JourneyEngine.StuckStep> of(String orderNumber) {
        Set<String> instanceIds = runtime.createProcessInstanceQuery().processInstanceBusinessKey(orderNumber).list()
                .stream().map(ProcessInstance::getId).collect(Collectors.toSet());
        if (instanceIds.isEmpty()) {
            return List.of();
        }
        // an incident in a called process is repeated on each calling activity: only its root cause counts
        Map<String, Incident> incidents = new HashMap<>();
        instanceIds.forEach(id -> runtime.createIncidentQuery().processInstanceId(id).list().stream()
                .filter(incident -> incident.getId().equals(incident.getRootCauseIncidentId()))
                .forEach(incident -> incidents.put(incident.getId(), incident)));
        Names names = new Names();
        List<JourneyEngine.StuckStep> stuck = new ArrayList<>();
        for (Job job : management.createJobQuery().processInstanceIds(instanceIds).withException().list()) {
            Incident incident = incidents.values().stream()
                    .filter(i -> Incident.FAILED_JOB_HANDLER_TYPE.equals(i.getIncidentType())
                            && job.getId().equals(i.getConfiguration()))
                    .findFirst().orElse(null);
            if (incident != null) {
                incidents.remove(incident.getId());
            }
            stuck.add(ofJob(job, incident, names));
        }
        incidents.values().forEach(incident -> stuck.add(ofIncident(incident, names)));
        stuck.sort(Comparator.comparing(JourneyEngine.StuckStep::since, Comparator.nullsLast(Comparator.naturalOrder())));
        return List.copyOf(stuck);
    }

    private JourneyEngine.StuckStep ofJob(Job job, Incident incident, Names names) {
        String activityId = job.getFailedActivityId() != null ? job.getFailedActivityId()
                : incident != null ? incident.getActivityId() : activityOf(job);
        String name = names.of(job.getProcessDefinitionId(), activityId);
        String message = job.getExceptionMessage() != null ? job.getExceptionMessage()
                : incident != null ? incident.getIncidentMessage() : null;
        if (incident != null || job.getRetries() == 0) {
            Date since = incident != null ? incident.getIncidentTimestamp() : job.getCreateTime();
            return new JourneyEngine.StuckStep(activityId, name, JourneyEngine.StuckStep.State.INCIDENT, 0,
                    instant(since), null, message);
        }
        return new JourneyEngine.StuckStep(activityId, name, JourneyEngine.StuckStep.State.FAILING, job.getRetries(),
                instant(job.getCreateTime()), instant(job.getDuedate()), message);
    }

    private JourneyEngine.StuckStep ofIncident(Incident incident, Names names) {
        String activityId = incident.getFailedActivityId() != null ? incident.getFailedActivityId()
                : incident.getActivityId();
        return new JourneyEngine.StuckStep(activityId, names.of(incident.getProcessDefinitionId(), activityId),
                JourneyEngine.StuckStep.State.INCIDENT, 0, instant(incident.getIncidentTimestamp()), null,
                incident.getIncidentMessage());
    }

    private String activityOf(Job job) {
        JobDefinition definition = job.getJobDefinitionId() == null ? null
                : management.createJobDefinitionQuery().jobDefinitionId(job.getJobDefinitionId()).singleResult();
        return definition == null ? null : definition.getActivityId();
    }

    private static Instant instant(Date date) {
        return date == null ? null : date.toInstant();
    }

    /** The name a person gave each BPMN element, as Cockpit shows it; the id where it has none. */
    private final class Names {

        private final Map<String, String> known = new HashMap<>();

        String of(String processDefinitionId, String activityId) {
            if (activityId == null) {
                return "(unknown step)";
            }
            return known.computeIfAbsent(processDefinitionId + "#" + activityId, key -> {
                ModelElementInstance element = repository.getBpmnModelInstance(processDefinitionId)
                        .getModelElementById(activityId);
                return element instanceof FlowElement flow && flow.getName() != null && !flow.getName().isBlank()
                        ? flow.getName() : activityId;
            });
        }
    }
}
