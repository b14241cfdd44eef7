package io.o2o.fulfilment.process;

import io.o2o.fulfilment.order.DeliveryAddress;
import io.o2o.fulfilment.port.ParcelAddress;
import io.o2o.fulfilment.store.Store;

/** Where a parcel leaves from and goes to, as the carrier ports take them. */
final class ParcelAddresses {

    private ParcelAddresses() {
    }

    static ParcelAddress from(Store store) {
        return new ParcelAddress(store.name(), store.phone(), store.address(), null, store.district(), store.city());
    }

    static ParcelAddress to(DeliveryAddress address) {
        return new ParcelAddress(address.name(), address.phone(), address.street(), address.ward(), address.district(),
                address.city());
    }
}
