/**
 * Ship-from-store: sourcing (the {@code sourcing} DMN table choosing the stores that ship), the
 * delegates and task listeners of {@code ship-from-store}, {@code ship-parcel}, {@code return-parcel}
 * and {@code recall-parcel}, and the journey's settings.
 */
package io.o2o.fulfilment.journey.shipfromstore;
