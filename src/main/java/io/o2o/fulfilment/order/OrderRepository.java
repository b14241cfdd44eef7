package io.o2o.fulfilment.order;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.incrementer.DataFieldMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.H2SequenceMaxValueIncrementer;
import org.springframework.jdbc.support.incrementer.PostgresSequenceMaxValueIncrementer;
import org.springframework.stereotype.Repository;

/** SQL for orders, their lines and their timeline. */
@Repository
class OrderRepository {

    private final JdbcClient jdbc;
    private final Clock clock;

    private final DataFieldMaxValueIncrementer orderNumbers;

    OrderRepository(JdbcClient jdbc, Clock clock, DataSource dataSource) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.orderNumbers = orderNumberSequence(dataSource);
    }

    String nextOrderNumber() {
        return "WEB-" + orderNumbers.nextLongValue();
    }

    private static DataFieldMaxValueIncrementer orderNumberSequence(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            String product = connection.getMetaData().getDatabaseProductName();
            return product.startsWith("H2")
                    ? new H2SequenceMaxValueIncrementer(dataSource, "order_number_seq")
                    : new PostgresSequenceMaxValueIncrementer(dataSource, "order_number_seq");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot inspect the database", e);
        }
    }

    void insert(String orderNumber, NewOrder order, long total, String accessTokenHash) {
        Timestamp now = now();
        DeliveryAddress address = order.deliveryAddress();
        jdbc.sql("""
                insert into customer_order (order_number, status, fulfilment_type, store_id, payment_method,
                    customer_name, customer_phone, customer_email, total_amount, payable_amount, access_token_hash,
                    created_at, updated_at, delivery_name, delivery_phone, delivery_street, delivery_ward,
                    delivery_district, delivery_city)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(orderNumber, OrderStatus.PLACED.name(), order.fulfilmentType().name(), order.storeId(),
                        order.paymentMethod().name(), order.customer().name(), order.customer().phone(),
                        order.customer().email(), total, total, accessTokenHash, now, now,
                        address == null ? null : address.name(), address == null ? null : address.phone(),
                        address == null ? null : address.street(), address == null ? null : address.ward(),
                        address == null ? null : address.district(), address == null ? null : address.city())
                .update();
        int lineNumber = 1;
        for (NewOrder.Item item : order.items()) {
            jdbc.sql("""
                    insert into order_line (order_number, line_number, sku, name, unit_price, quantity)
                    values (?, ?, ?, ?, ?, ?)""")
                    .params(orderNumber, lineNumber++, item.product().sku(), item.product().name(),
                            item.product().unitPrice(), item.quantity())
                    .update();
        }
    }

    /**
     * Reads the order and locks its row until the transaction ends, so that decisions that must not
     * cross (cancel or hand over, refund or keep a payment) are taken one after the other.
     */
    Order lock(String orderNumber) {
        return jdbc.sql("select * from customer_order where order_number = ? for update")
                .param(orderNumber)
                .query((rs, n) -> toOrder(rs, lines(orderNumber)))
                .optional()
                .orElseThrow(() -> new OrderNotFoundException(orderNumber));
    }

    Optional<Order> find(String orderNumber) {
        return jdbc.sql("select * from customer_order where order_number = ?")
                .param(orderNumber)
                .query((rs, n) -> toOrder(rs, lines(orderNumber)))
                .optional();
    }

    List<OrderLine> lines(String orderNumber) {
        return jdbc.sql("""
                select line_number, sku, name, unit_price, quantity, picked_quantity
                from order_line where order_number = ? order by line_number""")
                .param(orderNumber)
                .query(OrderLine.class)
                .list();
    }

    /** Updates the named columns of one order; the column names come from this package only. */
    void update(String orderNumber, String assignments, Object... values) {
        Object[] params = new Object[values.length + 2];
        System.arraycopy(values, 0, params, 0, values.length);
        params[values.length] = now();
        params[values.length + 1] = orderNumber;
        int updated = jdbc.sql("update customer_order set " + assignments + ", updated_at = ? where order_number = ?")
                .params(params)
                .update();
        if (updated != 1) {
            throw new OrderNotFoundException(orderNumber);
        }
    }

    Timestamp now() {
        return Timestamp.from(Instant.now(clock));
    }

    void recordPicked(String orderNumber, String sku, int picked) {
        jdbc.sql("update order_line set picked_quantity = ? where order_number = ? and sku = ?")
                .params(picked, orderNumber, sku)
                .update();
    }

    void addEvent(String orderNumber, String type, String description) {
        jdbc.sql("insert into order_event (order_number, occurred_at, type, description) values (?, ?, ?, ?)")
                .params(orderNumber, now(), type, description)
                .update();
    }

    List<OrderEvent> events(String orderNumber) {
        return jdbc.sql("""
                select occurred_at, type, description from order_event
                where order_number = ? order by occurred_at, id""")
                .param(orderNumber)
                .query((rs, n) -> new OrderEvent(rs.getTimestamp("occurred_at").toInstant(), rs.getString("type"),
                        rs.getString("description")))
                .list();
    }

    List<Order> findByStore(String storeId, OrderStatus status, int limit) {
        return jdbc.sql("""
                select * from customer_order
                where (cast(? as varchar) is null or store_id = ?) and (cast(? as varchar) is null or status = ?)
                order by created_at desc limit ?""")
                .params(storeId, storeId, status == null ? null : status.name(),
                        status == null ? null : status.name(), limit)
                .query((rs, n) -> toOrder(rs, List.of()))
                .list();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static Order toOrder(ResultSet rs, List<OrderLine> lines) throws SQLException {
        return new Order(rs.getString("order_number"), OrderStatus.valueOf(rs.getString("status")),
                FulfilmentType.valueOf(rs.getString("fulfilment_type")), rs.getString("store_id"),
                PaymentMethod.valueOf(rs.getString("payment_method")),
                new Customer(rs.getString("customer_name"), rs.getString("customer_phone"),
                        rs.getString("customer_email")),
                rs.getLong("total_amount"), rs.getLong("payable_amount"), rs.getLong("paid_amount"),
                rs.getLong("refunded_amount"), rs.getString("payment_url"), rs.getString("reservation_id"),
                rs.getInt("pickup_code_generation"), rs.getString("staging_location"), rs.getString("tender"),
                rs.getString("erp_document_number"), rs.getInt("wrong_pickup_codes"), rs.getString("access_token_hash"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("collected_at")), lines,
                deliveryAddress(rs));
    }

    private static DeliveryAddress deliveryAddress(ResultSet rs) throws SQLException {
        return rs.getString("delivery_city") == null ? null
                : new DeliveryAddress(rs.getString("delivery_name"), rs.getString("delivery_phone"),
                        rs.getString("delivery_street"), rs.getString("delivery_ward"),
                        rs.getString("delivery_district"), rs.getString("delivery_city"));
    }
}
