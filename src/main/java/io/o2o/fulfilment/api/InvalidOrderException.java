package io.o2o.fulfilment.api;

import java.util.List;

/** The order is well-formed but cannot be accepted: unknown SKU or store, journey not offered. */
class InvalidOrderException extends RuntimeException {

    private final List<FieldProblem> problems;

    InvalidOrderException(List<FieldProblem> problems) {
        super("The order cannot be accepted");
        this.problems = problems;
    }

    List<FieldProblem> problems() {
        return problems;
    }

    record FieldProblem(String field, String reason) {
    }
}
