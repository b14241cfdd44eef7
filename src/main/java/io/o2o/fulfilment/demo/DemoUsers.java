package io.o2o.fulfilment.demo;

import io.o2o.fulfilment.security.AccessProperties;
import io.o2o.fulfilment.store.Store;
import io.o2o.fulfilment.store.StoreRepository;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Creates the demo's users once: {@code ops} in the ops group and {@code staff.<store>} in each
 * store's staff group. The groups and their grants exist outside the demo too (security/StaffGroups).
 */
@Component
@ConditionalOnProperty(name = "o2o.demo.enabled", havingValue = "true")
class DemoUsers {

    private static final Logger log = LoggerFactory.getLogger(DemoUsers.class);

    private final IdentityService identity;
    private final StoreRepository stores;
    private final AccessProperties access;
    private final DemoProperties properties;

    DemoUsers(IdentityService identity, StoreRepository stores, AccessProperties access, DemoProperties properties) {
        this.identity = identity;
        this.stores = stores;
        this.access = access;
        this.properties = properties;
    }

    @EventListener
    void onEngineReady(PostDeployEvent event) {
        user("ops", "Lan", "Nguyễn (Ops)", access.opsGroup());
        for (Store store : stores.findAll()) {
            user("staff." + store.id().toLowerCase(), "Staff", store.name(), store.staffGroup());
        }
        log.info("Demo users ready: ops and staff.<store> with the demo password");
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
