package io.o2o.fulfilment.store;

import java.math.BigDecimal;

/** A district customers are delivered to, with the point distances to stores are measured from. */
public record District(String city, String name, BigDecimal latitude, BigDecimal longitude) {

    public GeoPoint location() {
        return new GeoPoint(latitude.doubleValue(), longitude.doubleValue());
    }
}
