package io.o2o.fulfilment.demo;

import io.o2o.fulfilment.security.StaffAuthorizations;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the demo's users once: {@code ops} (Cockpit, every process) and
 * {@code staff.<store>} per store (Tasklist, that store's tasks only).
 */
@Component
@ConditionalOnProperty(name = "o2o.demo.enabled", havingValue = "true")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final StoreRepository stores;
    private final StaffAuthorizations authorizations;
    private final DemoProperties properties;

    DemoUsers(IdentityService identity, StoreRepository stores, StaffAuthorizations authorizations,
            DemoProperties properties) {
        this.identity = identity;
        this.stores = stores;
        this.authorizations = authorizations;
        this.properties = properties;
    }

    @EventListener
    void onEngineReady(PostDeployEvent event) {
        group(StaffAuthorizations.OPS_GROUP, "Operations");
        user("ops", "Lan", "Nguyễn (Ops)", StaffAuthorizations.OPS_GROUP);
        authorizations.grantOps();
        for (Store store : stores.findAll()) {
            group(store.staffGroup(), "Staff of " + store.name());
            user("staff." + store.id().toLowerCase(), "Staff", store.name(), store.staffGroup());
            authorizations.grantStoreStaff(store.staffGroup());
        }
        log.info("Demo users ready: ops and staff.<store> with the demo password");
    }

    private void group(String id, String name) {
        if (identity.createGroupQuery().groupId(id).count() == 0) {
            Group group = identity.newGroup(id);
            group.setName(name);
            group.setType("WORKFLOW");
            identity.saveGroup(group);
        }
    }

    private void user(String id, String firstName, String lastName, String groupId) {
        if (identity.createUserQuery().userId(id).count() == 0) {
            User user = identity.newUser(id);
            user.setFirstName(firstName);
            user.setLastName(lastName);
            user.setEmail(id + "@o2o.example");
            user.setPassword(properties.password());
            identity.saveUser(user);
            identity.createMembership(id, groupId);
        }
    }
}
