package io.o2o.fulfilment.security;

import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The engine's groups and grants of the two roles, provisioned from the stores table and the
 * configuration, so that no one sets up a new store by hand in Admin. Store staff see tasks only
 * through the candidate group the journey puts on each task (the engine grants that group the
 * task), so one store's staff never see another's; ops read and repair every process.
 * Every step is idempotent: nodes of a cluster may run it side by side.
 */
@Component
class StaffGroups {

    private static final Logger log = LoggerFactory.getLogger(StaffGroups.class);

    private final IdentityService identity;
    private final AuthorizationService authorizations;
    private final StoreRepository stores;
    private final AccessProperties properties;
    private final TransactionTemplate transactions;

    StaffGroups(IdentityService identity, AuthorizationService authorizations, StoreRepository stores,
            AccessProperties properties, TransactionTemplate transactions) {
        this.identity = identity;
        this.authorizations = authorizations;
        this.stores = stores;
        this.properties = properties;
        this.transactions = transactions;
    }

    /** Every group and grant, so that a changed grant reaches existing groups; before the demo's users join. */
    @EventListener
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void onEngineReady(PostDeployEvent event) {
        provisionOps();
        stores.findAll().forEach(this::provisionStore);
    }

    /** Stores added while the application runs: only those without a group yet, so the check stays cheap. */
    @Scheduled(fixedDelayString = "${o2o.security.store-groups-check}",
            initialDelayString = "${o2o.security.store-groups-check}")
    void provisionNewStores() {
        List<Store> all = stores.findAll();
        if (all.isEmpty()) {
            return;
        }
        Set<String> existing = identity.createGroupQuery()
                .groupIdIn(all.stream().map(Store::staffGroup).toArray(String[]::new))
                .list().stream().map(Group::getId).collect(Collectors.toSet());
        for (Store store : all) {
            if (!existing.contains(store.staffGroup())) {
                try {
                    // group and grants in one transaction: a group seen without its grants would never get them
                    transactions.executeWithoutResult(status -> provisionStore(store));
                    log.info("Store {} provisioned: group {} with its grants", store.id(), store.staffGroup());
                } catch (RuntimeException raced) {
                    // another node provisioned it at the same moment: the next check finds it complete
                    log.info("Provisioning store {} failed, retried at the next check: {}", store.id(),
                            raced.getMessage());
                }
            }
        }
    }

    private void provisionOps() {
        String ops = properties.opsGroup();
        group(ops, "Operations");
        grant(ops, Resources.APPLICATION, "cockpit", Permissions.ACCESS);
        grant(ops, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(ops, Resources.PROCESS_DEFINITION, "*", Permissions.ALL);
        grant(ops, Resources.PROCESS_INSTANCE, "*", Permissions.ALL);
        grant(ops, Resources.TASK, "*", Permissions.ALL);
        grant(ops, Resources.DEPLOYMENT, "*", Permissions.READ);
        grant(ops, Resources.DECISION_DEFINITION, "*", Permissions.READ);
        grant(ops, Resources.FILTER, "*", Permissions.READ);
        grant(ops, Resources.BATCH, "*", Permissions.ALL);
    }

    private void provisionStore(Store store) {
        String staff = store.staffGroup();
        group(staff, "Staff of " + store.name());
        grant(staff, Resources.APPLICATION, "tasklist", Permissions.ACCESS);
        grant(staff, Resources.FILTER, "*", Permissions.READ);
        grant(staff, Resources.PROCESS_DEFINITION, "*", Permissions.READ);
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    /** Adds the permission to the group's grant on the resource (one grant per group and resource id). */
    private void grant(String groupId, Resource resource, String resourceId, Permission permission) {
        Authorization authorization = authorizations.createAuthorizationQuery()
                .authorizationType(Authorization.AUTH_TYPE_GRANT)
                .groupIdIn(groupId)
                .resourceType(resource)
                .resourceId(resourceId)
                .singleResult();
        if (authorization == null) {
            authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(resource);
            authorization.setResourceId(resourceId);
        } else if (authorization.isPermissionGranted(permission)) {
            return;
        }
        authorization.addPermission(permission);
        authorizations.saveAuthorization(authorization);
    }
}
