package dev.agora.storefront.adapter.in.web;

import dev.agora.platform.problem.CurrentTrace;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;

/** The page Spring Security forwards to when it refuses a request (a form without a valid CSRF token). */
@Controller
class RefusedPages {

    static final String DENIED = "/denied";

    private final CurrentTrace trace;

    RefusedPages(CurrentTrace trace) {
        this.trace = trace;
    }

    @RequestMapping(DENIED)
    String denied(HttpServletResponse response, Model model) {
        return ErrorPage.render(
                response,
                model,
                HttpStatus.FORBIDDEN,
                "This form has expired",
                "The shop could not accept this form. Go back, reload the page and try again.",
                trace.id());
    }
}
