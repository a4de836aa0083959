package dev.agora.identity.adapter.in.signin;

import dev.agora.identity.adapter.in.web.IdentityErrorCodes;
import dev.agora.identity.application.SignInThrottle;
import dev.agora.platform.problem.CurrentTrace;
import dev.agora.platform.problem.Problems;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refuses a sign-in for an e-mail that failed too often, before its password is even checked: 429
 * {@code TOO_MANY_ATTEMPTS} with {@code Retry-After}, the same answer whether the account exists or not.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final CurrentTrace trace;
    private final JsonMapper json;

    SignInThrottleFilter(SignInThrottle throttle, CurrentTrace trace, JsonMapper json) {
        this.throttle = throttle;
        this.trace = trace;
        this.json = json;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && LoginPage.PATH.equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String email = request.getParameter(SignInSecurity.EMAIL_PARAMETER);
        Optional<Duration> wait = email == null ? Optional.empty() : throttle.begin(email);
        if (wait.isEmpty()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, wait.get().toSeconds());
        long minutes = (seconds + 59) / 60;
        log.atWarn().log("Sign-in refused: too many failed attempts for one e-mail");
        response.setStatus(IdentityErrorCodes.TOO_MANY_ATTEMPTS.status());
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        String detail = "Too many failed sign-ins for this e-mail: try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
        json.writeValue(
                response.getOutputStream(),
                Problems.asMap(Problems.of(
                        IdentityErrorCodes.TOO_MANY_ATTEMPTS, detail, request.getRequestURI(), trace.id(), List.of())));
    }
}
