package io.o2o.fulfilment.store;

import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class StoreRepository {

    private static final String COLUMNS = "id, name, city, district, address, phone, click_and_collect, curbside, ship_from_store, latitude, longitude,"
            + " service_radius_km, daily_ship_capacity";

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

    /** The district of {@code city} named {@code name}, ignoring case and surrounding spaces. */
    public Optional<District> district(String city, String name) {
        return jdbc.sql("select city, name, latitude, longitude from district where lower(city) = lower(?) and lower(name) = lower(?)")
                .param(city.trim()).param(name.trim()).query(District.class).optional();
    }

    public List<District> districts() {
        return jdbc.sql("select city, name, latitude, longitude from district order by city, name").query(District.class).list();
    }
}
