package io.o2o.fulfilment.api;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import io.o2o.fulfilment.order.OrderNotCancellableException;
import io.o2o.fulfilment.order.OrderNotFoundException;
import io.o2o.fulfilment.process.StockUnavailableException;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Errors as RFC 9457 problem details that name the field and the reason. */
@RestControllerAdvice
class ApiProblems extends ResponseEntityExceptionHandler {

    static final int STOCK_RETRY_AFTER_SECONDS = 30;

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        List<Map<String, String>> errors = ex.getBindingResult().getFieldErrors().stream()
                .map(e -> Map.of("field", e.getField(), "reason", String.valueOf(e.getDefaultMessage())))
                .toList();
        ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid order",
                "The request has " + errors.size() + " invalid field(s): " + String.join("; ",
                        errors.stream().map(e -> e.get("field") + " " + e.get("reason")).toList()));
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
            HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        String detail = "The body is not valid JSON for this request";
        if (ex.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()) {
            String field = path(mapping);
            detail = mapping instanceof InvalidFormatException invalid && invalid.getTargetType().isEnum()
                    ? field + " must be one of " + List.of(invalid.getTargetType().getEnumConstants())
                    : field + " has the wrong type";
            ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Malformed request", detail);
            problem.setProperty("errors", List.of(Map.of("field", field, "reason", detail)));
            return ResponseEntity.badRequest().body(problem);
        }
        return ResponseEntity.badRequest().body(problem(HttpStatus.BAD_REQUEST, "Malformed request", detail));
    }

    @ExceptionHandler(InvalidOrderException.class)
    ProblemDetail invalidOrder(InvalidOrderException ex) {
        return fieldProblems(HttpStatus.UNPROCESSABLE_ENTITY, "Order cannot be accepted", ex.problems());
    }

    @ExceptionHandler(InvalidQueryException.class)
    ProblemDetail invalidQuery(InvalidQueryException ex) {
        return fieldProblems(HttpStatus.BAD_REQUEST, "Invalid query", ex.problems());
    }

    /** The WMS did not answer a stock query: the customer may try again; ops read the failure in the log and metrics. */
    @ExceptionHandler(StockUnavailableException.class)
    ResponseEntity<ProblemDetail> stockUnavailable(StockUnavailableException ex) {
        ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "WMS unavailable",
                "The WMS, the stock system, did not answer; try again in a moment");
        problem.setProperty("system", "wms");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(STOCK_RETRY_AFTER_SECONDS)).body(problem);
    }

    @ExceptionHandler(OrderNotFoundException.class)
    ProblemDetail notFound(OrderNotFoundException ex) {
        return problem(HttpStatus.NOT_FOUND, "Order not found", ex.getMessage());
    }

    @ExceptionHandler(IdempotencyConflictException.class)
    ProblemDetail idempotencyConflict(IdempotencyConflictException ex) {
        return problem(HttpStatus.CONFLICT, "Idempotency-Key reused", ex.getMessage());
    }

    @ExceptionHandler(PaymentLinkUnavailableException.class)
    ProblemDetail noPaymentLink(PaymentLinkUnavailableException ex) {
        return problem(HttpStatus.CONFLICT, "No payment link", ex.getMessage());
    }

    @ExceptionHandler(OrderNotCancellableException.class)
    ProblemDetail notCancellable(OrderNotCancellableException ex) {
        return problem(HttpStatus.CONFLICT, "Order cannot be cancelled", ex.getMessage());
    }

    /** Every problem in {@code detail}, and each as {@code errors[]: {field, reason}}. */
    private static ProblemDetail fieldProblems(HttpStatus status, String title,
            List<InvalidOrderException.FieldProblem> problems) {
        ProblemDetail problem = problem(status, title,
                String.join("; ", problems.stream().map(p -> p.field() + ": " + p.reason()).toList()));
        problem.setProperty("errors", problems.stream()
                .map(p -> Map.of("field", p.field(), "reason", p.reason()))
                .toList());
        return problem;
    }

    private static ProblemDetail problem(HttpStatus status, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        return problem;
    }

    private static String path(JsonMappingException mapping) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : mapping.getPath()) {
            if (ref.getFieldName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getFieldName());
            } else {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }
}
