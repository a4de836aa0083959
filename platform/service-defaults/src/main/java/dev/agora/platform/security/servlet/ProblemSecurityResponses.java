package dev.agora.platform.security.servlet;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.servlet.ServletProblemWriter;
import dev.agora.platform.security.BearerChallenge;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

/** Answers a refused request like any other failure: 401 {@code UNAUTHORIZED} or 403 {@code FORBIDDEN} problems. */
public class ProblemSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemSecurityResponses.class);
    static final String FORBIDDEN_DETAIL = "Your account does not have the role this request needs.";

    private final ServletProblemWriter problems;

    public ProblemSecurityResponses(ServletProblemWriter problems) {
        this.problems = problems;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException failure)
            throws IOException {
        BearerChallenge challenge = BearerChallenge.of(failure);
        if (challenge.tokenRejected()) {
            log.atInfo()
                    .addKeyValue("path", request.getRequestURI())
                    .log("Bearer token rejected: {}", failure.getMessage());
        }
        response.setHeader(HttpHeaders.WWW_AUTHENTICATE, challenge.header());
        problems.write(request, response, PlatformErrorCodes.UNAUTHORIZED, challenge.detail());
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException denied)
            throws IOException {
        problems.write(request, response, PlatformErrorCodes.FORBIDDEN, FORBIDDEN_DETAIL);
    }
}
