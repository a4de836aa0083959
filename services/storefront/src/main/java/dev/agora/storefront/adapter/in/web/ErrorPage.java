package dev.agora.storefront.adapter.in.web;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;

/** The shop's one error page ({@code error.html}): a status, a title, what to do next, and the trace id to quote. */
final class ErrorPage {

    static final String VIEW = "error";

    private ErrorPage() {}

    static String render(
            HttpServletResponse response,
            Model model,
            HttpStatus status,
            String title,
            String message,
            @Nullable String traceId) {
        response.setStatus(status.value());
        model.addAttribute("status", status.value());
        model.addAttribute("title", title);
        model.addAttribute("message", message);
        model.addAttribute("traceId", traceId);
        return VIEW;
    }
}
