package io.o2o.fulfilment.order;

public record Customer(String name, String phone, String email) {
}
