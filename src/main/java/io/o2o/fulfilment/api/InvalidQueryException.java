package io.o2o.fulfilment.api;

import java.util.List;

/** A query the API cannot answer as asked: which parameter is wrong, and what would be right. */
class InvalidQueryException extends RuntimeException {

    private final List<InvalidOrderException.FieldProblem> problems;

    InvalidQueryException(List<InvalidOrderException.FieldProblem> problems) {
        super("The query cannot be answered");
        this.problems = List.copyOf(problems);
    }

    List<InvalidOrderException.FieldProblem> problems() {
        return problems;
    }
}
