package io.o2o.fulfilment.port;

/** Answer of {@code erp.post-sale}: the ERP's own document number for the sale. */
public record ErpAcknowledgement(String documentNumber) implements PortResult {
}
