package dev.agora.identity.adapter.in.signin;

import dev.agora.identity.adapter.in.web.IdentityErrorCodes;
import dev.agora.identity.application.SignInThrottle;
import dev.agora.platform.problem.servlet.ServletProblemWriter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a sign-in for an e-mail that failed too often, before its password is even checked: 429
 * {@code TOO_MANY_ATTEMPTS} with {@code Retry-After}, the same answer whether the account exists or not.
 */
class SignInThrottleFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(SignInThrottleFilter.class);

    private final SignInThrottle throttle;
    private final ServletProblemWriter problems;

    SignInThrottleFilter(SignInThrottle throttle, ServletProblemWriter problems) {
        this.throttle = throttle;
        this.problems = problems;
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
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        String detail = "Too many failed sign-ins for this e-mail: try again in " + minutes
                + (minutes == 1 ? " minute." : " minutes.");
        problems.write(request, response, IdentityErrorCodes.TOO_MANY_ATTEMPTS, detail);
    }
}
