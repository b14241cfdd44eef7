package io.o2o.fulfilment.order;

import io.o2o.fulfilment.port.ParcelState;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the parcels of ship-from-store orders. */
@Repository
class ShipmentRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    ShipmentRepository(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    void insert(String shipmentId, String orderNumber, String storeId, long codAmount, List<Shipment.Line> lines) {
        Timestamp now = now();
        jdbc.sql("""
                insert into shipment (shipment_id, order_number, store_id, status, cod_amount, created_at, updated_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(shipmentId, orderNumber, storeId, ShipmentStatus.SOURCED.name(), codAmount, now, now)
                .update();
        for (Shipment.Line line : lines) {
            jdbc.sql("insert into shipment_line (shipment_id, sku, quantity) values (?, ?, ?)")
                    .params(shipmentId, line.sku(), line.quantity())
                    .update();
        }
    }

    int countOf(String orderNumber) {
        return jdbc.sql("select count(*) from shipment where order_number = ?").param(orderNumber).query(Integer.class)
                .single();
    }

    Optional<Shipment> find(String shipmentId) {
        return jdbc.sql("select * from shipment where shipment_id = ?").param(shipmentId)
                .query((rs, n) -> toShipment(rs)).optional();
    }

    /** Reads the parcel and locks its row, so that two carrier reports about it are applied one after the other. */
    Optional<Shipment> lock(String shipmentId) {
        return jdbc.sql("select * from shipment where shipment_id = ? for update").param(shipmentId)
                .query((rs, n) -> toShipment(rs)).optional();
    }

    Optional<Shipment> findByCarrierCode(String carrier, String carrierOrderCode) {
        return jdbc.sql("select shipment_id from shipment where carrier = ? and carrier_order_code = ?")
                .params(carrier, carrierOrderCode).query(String.class).optional().flatMap(this::find);
    }

    List<Shipment> ofOrder(String orderNumber) {
        return jdbc.sql("select * from shipment where order_number = ? order by created_at, shipment_id")
                .param(orderNumber).query((rs, n) -> toShipment(rs)).list();
    }

    /** Parcels of the store made since {@code since} that are not at their end. */
    int openSince(String storeId, Instant since) {
        List<String> ended = Arrays.stream(ShipmentStatus.values()).filter(ShipmentStatus::terminal).map(Enum::name).toList();
        return jdbc.sql("select count(*) from shipment where store_id = :store and created_at >= :since and status not in (:ended)")
                .param("store", storeId).param("since", Timestamp.from(since)).param("ended", ended)
                .query(Integer.class).single();
    }

    /** Updates the named columns of one parcel; the column names come from this package only. */
    void update(String shipmentId, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = now();
        params[values.length + 1] = shipmentId;
        int updated = jdbc.sql("update shipment set " + assignments + ", updated_at = ? where shipment_id = ?")
                .params(params).update();
        if (updated != 1) {
            throw new IllegalArgumentException("No shipment " + shipmentId);
        }
    }

    void recordPicked(String shipmentId, String sku, int picked) {
        jdbc.sql("update shipment_line set picked_quantity = ? where shipment_id = ? and sku = ?")
                .params(picked, shipmentId, sku).update();
    }

    Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    private List<Shipment.Line> lines(String shipmentId) {
        return jdbc.sql("select sku, quantity, picked_quantity from shipment_line where shipment_id = ? order by sku")
                .param(shipmentId).query(Shipment.Line.class).list();
    }

    private Shipment toShipment(ResultSet rs) throws SQLException {
        String id = rs.getString("shipment_id");
        String state = rs.getString("parcel_state");
        return new Shipment(id, rs.getString("order_number"), rs.getString("store_id"),
                ShipmentStatus.valueOf(rs.getString("status")), rs.getString("reservation_id"),
                integer(rs, "weight_grams"), integer(rs, "length_cm"), integer(rs, "width_cm"),
                integer(rs, "height_cm"), rs.getString("booking_key"), rs.getString("carrier"), rs.getString("carrier_order_code"),
                rs.getString("sort_code"), state == null ? null : ParcelState.valueOf(state),
                rs.getString("carrier_status"), instant(rs.getTimestamp("carrier_status_at")),
                (Long) rs.getObject("delivery_fee", Long.class), instant(rs.getTimestamp("expected_delivery_at")),
                rs.getLong("cod_amount"), (Long) rs.getObject("cod_collected", Long.class),
                rs.getInt("delivery_attempts"), rs.getString("last_failure_reason"), rs.getBoolean("recall_requested"), rs.getBoolean("return_received"), rs.getString("claim_reference"),
                rs.getTimestamp("created_at").toInstant(), lines(id));
    }

    private static Integer integer(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, Integer.class);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
