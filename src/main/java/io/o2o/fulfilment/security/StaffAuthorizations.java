package io.o2o.fulfilment.security;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

/**
 * The engine authorizations of the two roles. Store staff see tasks only through the candidate
 * group the journey puts on each task (the engine grants that group the task), so one store's
 * staff never see another's; ops read and repair every process.
 */
@Component
public class StaffAuthorizations {

    public static final String OPS_GROUP = "ops";

    private final AuthorizationService authorizations;

    StaffAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    public void grantOps() {
        grant(OPS_GROUP, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(OPS_GROUP, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(OPS_GROUP, Resources.PROCESS_DEFINITION, "*", Permissions.ALL);
        grant(OPS_GROUP, Resources.PROCESS_INSTANCE, "*", Permissions.ALL);
        grant(OPS_GROUP, Resources.TASK, "*", Permissions.ALL);
        grant(OPS_GROUP, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(OPS_GROUP, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(OPS_GROUP, Resources.FILTER, "*", Permissions.READ);
        grant(OPS_GROUP, Resources.BATCH, "*", Permissions.ALL);
    }

    public void grantStoreStaff(String storeGroup) {
        grant(storeGroup, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(storeGroup, Resources.FILTER, "*", Permissions.READ);
        grant(storeGroup, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }

    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        boolean exists = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .hasPermission(permission)
                .count() > 0;
        if (!exists) {
            Authorization authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
            authorization.addPermission(permission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
