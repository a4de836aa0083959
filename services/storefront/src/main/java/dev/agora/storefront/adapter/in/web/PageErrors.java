package dev.agora.storefront.adapter.in.web;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.OrderNotFound;
import dev.agora.storefront.domain.ProductNotFound;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.oauth2.client.ClientAuthorizationRequiredException;
import org.springframework.security.oauth2.core.OAuth2AuthorizationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.ui.Model;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.context.request.async.AsyncRequestNotUsableException;
import org.springframework.web.context.request.async.AsyncRequestTimeoutException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.NoHandlerFoundException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The shop's error pages: a page a customer can read, with what to do next and the trace id to quote, never a stack
 * trace or a white-label page. Before the platform's problem handler, which answers APIs in JSON.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    /** Seconds a customer is asked to wait before trying a service again. */
    private static final int RETRY_AFTER = 5;

    private final CurrentTrace trace;

    PageErrors(CurrentTrace trace) {
        this.trace = trace;
    }

    @ExceptionHandler({
        ProductNotFound.class,
        OrderNotFound.class,
        AdminPages.HiddenPage.class,
        NoResourceFoundException.class,
        NoHandlerFoundException.class
    })
    String notFound(HttpServletResponse response, Model model) {
        return page(
                response,
                model,
                HttpStatus.NOT_FOUND,
                "Page not found",
                "There is nothing at this address: it may have been removed, or it is not yours to see.");
    }

    /** A malformed id in a page's address names nothing (404); in a form, it is a bad request (400). */
    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    String malformed(HttpServletRequest request, HttpServletResponse response, Model model) {
        return "GET".equals(request.getMethod()) ? notFound(response, model) : badAddress(response, model);
    }

    @ExceptionHandler({
        IllegalArgumentException.class,
        MissingServletRequestParameterException.class,
        HttpMediaTypeNotSupportedException.class
    })
    String badAddress(HttpServletResponse response, Model model) {
        return unreadable(response, model, HttpStatus.BAD_REQUEST);
    }

    /** A page asked with a method it does not take (a form posted to a page, a link to a form's action). */
    @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
    String wrongMethod(HttpServletResponse response, Model model) {
        return unreadable(response, model, HttpStatus.METHOD_NOT_ALLOWED);
    }

    private String unreadable(HttpServletResponse response, Model model, HttpStatus status) {
        return page(
                response,
                model,
                status,
                "This address is not one of ours",
                "The shop could not read what this address asks for. Start again from the catalogue.");
    }

    /**
     * The customer's tokens are no longer good (the refresh token expired or was revoked, a service refused the access
     * token): they sign in again, and come back here. Identity not answering a refresh signs nobody out: it is
     * unavailable, like any service.
     */
    @ExceptionHandler(OAuth2AuthorizationException.class)
    String signInAgain(
            OAuth2AuthorizationException refused, HttpServletRequest request, HttpServletResponse response, Model model)
            throws ServletException {
        String code = refused.getError().getErrorCode();
        if (!(refused instanceof ClientAuthorizationRequiredException)
                && !OAuth2ErrorCodes.INVALID_GRANT.equals(code)
                && !OAuth2ErrorCodes.INVALID_TOKEN.equals(code)) {
            return unavailable(new ServiceUnavailable("identity", refused), response, model);
        }
        log.atInfo().addKeyValue("error", code).log("A customer's tokens were refused: signing them in again");
        request.logout();
        return "redirect:" + SignInAddresses.SIGN_IN;
    }

    /** A live stream whose browser went away, or that ran its time: nothing to answer, and nothing failed. */
    @ExceptionHandler({AsyncRequestNotUsableException.class, AsyncRequestTimeoutException.class})
    void streamEnded() {}

    @ExceptionHandler(ServiceUnavailable.class)
    String unavailable(ServiceUnavailable failure, HttpServletResponse response, Model model) {
        log.atWarn()
                .addKeyValue("service", failure.service())
                .addKeyValue("cause", String.valueOf(failure.getCause()))
                .log("A page could not be made: a service is unavailable");
        response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(RETRY_AFTER));
        return page(
                response,
                model,
                HttpStatus.SERVICE_UNAVAILABLE,
                "The " + ServiceNames.of(failure.service()) + " is unavailable",
                "The " + ServiceNames.of(failure.service())
                        + " is unavailable, try again in a moment. Your cart and your orders are kept.");
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception failure, HttpServletRequest request, HttpServletResponse response, Model model) {
        log.atError()
                .setCause(failure)
                .addKeyValue("path", request.getRequestURI())
                .log("A page failed");
        return page(
                response,
                model,
                HttpStatus.INTERNAL_SERVER_ERROR,
                "Something went wrong on our side",
                "The page could not be made. Try again in a moment; if it keeps failing, quote the trace id below.");
    }

    private String page(HttpServletResponse response, Model model, HttpStatus status, String title, String message) {
        return ErrorPage.render(response, model, status, title, message, trace.id());
    }
}
