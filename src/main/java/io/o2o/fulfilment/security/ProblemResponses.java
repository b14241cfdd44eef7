package io.o2o.fulfilment.security;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 as problem details, like every other error of the API. Only the HTTP Basic APIs ask
 * for Basic credentials: a browser that meets a 401 elsewhere (Cockpit probes a few addresses) must not
 * open its login dialog over the webapps' own login page.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final ObjectMapper json;

    ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        if (speaksBasic(request.getRequestURI())) {
            response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"o2o-fulfilment\"");
        }
        write(response, HttpStatus.UNAUTHORIZED, "Login required",
                "Log in with HTTP Basic as a user of this system; customers use the order's X-Order-Token");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        write(response, HttpStatus.FORBIDDEN, "Not allowed", e.getMessage());
    }

    private static boolean speaksBasic(String path) {
        return path.startsWith("/api/") || path.startsWith("/engine-rest/") || path.startsWith("/actuator/");
    }

    private void write(HttpServletResponse response, HttpStatus status, String title, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setTitle(title);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
