package io.o2o.fulfilment.simulator;

import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An error answer of a simulated system, rendered by Spring MVC as problem+json with the
 * simulator's own words in {@code detail}, the way the real systems explain a refusal.
 */
public class SimulatorException extends ErrorResponseException {

    public SimulatorException(HttpStatusCode status, String detail) {
        this(status, detail, Map.of());
    }

    public SimulatorException(HttpStatusCode status, String detail, Map<String, Object> properties) {
        super(status, problem(status, detail, properties), null);
    }

    public static SimulatorException notFound(String detail) {
        return new SimulatorException(HttpStatus.NOT_FOUND, detail);
    }

    public static SimulatorException conflict(String detail) {
        return new SimulatorException(HttpStatus.CONFLICT, detail);
    }

    public static SimulatorException unprocessable(String detail) {
        return new SimulatorException(HttpStatus.UNPROCESSABLE_ENTITY, detail);
    }

    @Override
    public String getMessage() {
        return getStatusCode().value() + " " + getBody().getDetail();
    }

    private static ProblemDetail problem(HttpStatusCode status, String detail, Map<String, Object> properties) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        properties.forEach(problem::setProperty);
        return problem;
    }
}
