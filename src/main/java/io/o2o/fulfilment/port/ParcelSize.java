package io.o2o.fulfilment.port;

/** A packed parcel as the packer measured it: grams and centimetres. */
public record ParcelSize(int weightGrams, int lengthCm, int widthCm, int heightCm) {
}
