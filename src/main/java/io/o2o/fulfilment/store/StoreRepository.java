package io.o2o.fulfilment.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StoreRepository {

    private static final String COLUMNS = "id, name, city, address, click_and_collect, curbside, ship_from_store";

    private final JdbcClient jdbc;

    StoreRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Store> findById(String id) {
        return jdbc.sql("select " + COLUMNS + " from store where id = ?").param(id).query(Store.class).optional();
    }

    public List<Store> findAll() {
        return jdbc.sql("select " + COLUMNS + " from store order by id").query(Store.class).list();
    }
}
