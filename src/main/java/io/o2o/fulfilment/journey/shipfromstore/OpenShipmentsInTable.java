package io.o2o.fulfilment.journey.shipfromstore;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Counts a store's rows in the {@code shipment} table made since the start of its day that have not
 * reached a final status. The final statuses are the shipment's own: this count belongs with the
 * shipment's repository once there is one.
 */
@Component
class OpenShipmentsInTable implements OpenShipments {

    /** A shipment in one of these is done: it no longer takes the store's capacity. */
    static final List<String> FINAL_STATUSES = List.of("DELIVERED", "RETURNED", "CANCELLED", "LOST", "NOT_SHIPPED");

    private final JdbcClient jdbc;
    private final Clock clock;
    private final SourcingSettings settings;

    OpenShipmentsInTable(JdbcClient jdbc, Clock clock, SourcingSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Override
    public int today(String storeId) {
        LocalDate today = LocalDate.now(clock.withZone(settings.dayZone()));
        return jdbc.sql("select count(*) from shipment where store_id = :store and created_at >= :since"
                        + " and status not in (:final)")
                .param("store", storeId)
                .param("since", Timestamp.from(today.atStartOfDay(settings.dayZone()).toInstant()))
                .param("final", FINAL_STATUSES)
                .query(Integer.class)
                .single();
    }
}
