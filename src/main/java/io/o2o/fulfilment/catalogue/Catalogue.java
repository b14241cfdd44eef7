package io.o2o.fulfilment.catalogue;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
public class Catalogue {

    private final JdbcClient jdbc;

    Catalogue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The products with the given SKUs, by SKU; unknown SKUs are absent from the map. */
    public Map<String, Product> findBySkus(Collection<String> skus) {
        if (skus.isEmpty()) {
            return Map.of();
        }
        return jdbc.sql("select sku, name, category, unit_price, weight_grams, aisle from product where sku in (:skus)")
                .paramSource(new MapSqlParameterSource("skus", skus))
                .query(Product.class)
                .list()
                .stream()
                .collect(Collectors.toMap(Product::sku, Function.identity()));
    }

    public List<Product> findAll() {
        return jdbc.sql("select sku, name, category, unit_price, weight_grams, aisle from product order by sku")
                .query(Product.class)
                .list();
    }
}
