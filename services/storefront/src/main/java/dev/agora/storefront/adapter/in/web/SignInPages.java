package dev.agora.storefront.adapter.in.web;

import dev.agora.platform.problem.CurrentTrace;
import dev.agora.storefront.adapter.out.http.PasswordSignIn;
import dev.agora.storefront.application.port.CustomerAccounts;
import dev.agora.storefront.application.port.CustomerAccounts.NewAccount;
import dev.agora.storefront.application.port.FieldsRefused;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Signing in (at identity's page), and signing up: a form of the shop's own that opens the account at identity and
 * signs the new customer in, so that they type their password once.
 */
@Controller
class SignInPages {

    private static final Logger log = LoggerFactory.getLogger(SignInPages.class);

    private static final String SIGN_UP_VIEW = "sign-up";

    private final CustomerAccounts accounts;
    private final PasswordSignIn passwordSignIn;
    private final SignedIn signedIn;
    private final CurrentTrace trace;

    SignInPages(CustomerAccounts accounts, PasswordSignIn passwordSignIn, SignedIn signedIn, CurrentTrace trace) {
        this.accounts = accounts;
        this.passwordSignIn = passwordSignIn;
        this.signedIn = signedIn;
        this.trace = trace;
    }

    /** Straight to identity's page: the shop has no password form of its own for signing in. */
    @GetMapping(SignInAddresses.SIGN_IN)
    String signIn() {
        return "redirect:" + SignInAddresses.START + "/" + SignInAddresses.REGISTRATION;
    }

    /** Identity refused, the customer went back, or identity could not be reached. */
    @GetMapping(SignInAddresses.FAILED)
    String failed(HttpServletResponse response, Model model) {
        return ErrorPage.render(
                response,
                model,
                HttpStatus.UNAUTHORIZED,
                "Signing in did not work",
                "You are not signed in. Sign in again from the top of the page; your cart is kept.",
                trace.id());
    }

    @GetMapping(SignInAddresses.SIGN_UP)
    String signUpForm(@Nullable Authentication signedIn, Model model) {
        if (signedIn instanceof OAuth2AuthenticationToken) {
            return "redirect:/";
        }
        model.addAttribute("problems", Map.of());
        return SIGN_UP_VIEW;
    }

    @PostMapping(SignInAddresses.SIGN_UP)
    @Nullable
    String signUp(
            @RequestParam(defaultValue = "") String name,
            @RequestParam(defaultValue = "") String email,
            @RequestParam(defaultValue = "") String password,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model)
            throws ServletException, IOException {
        try {
            accounts.open(new NewAccount(name, email, password));
        } catch (FieldsRefused refused) {
            response.setStatus(HttpStatus.BAD_REQUEST.value());
            model.addAttribute("problems", refused.problems());
            model.addAttribute("name", name);
            model.addAttribute("email", email);
            return SIGN_UP_VIEW;
        }
        try {
            signedIn.keep(passwordSignIn.signIn(request, email, password), request, response);
            return null; // answered: back where the customer was, signed in
        } catch (PasswordSignIn.SignInFailed | AuthenticationException failed) {
            // The account is open all the same: identity's page signs them in.
            log.atWarn()
                    .addKeyValue("cause", failed.getMessage())
                    .log("An account was opened, but signing its customer in did not work");
            return "redirect:" + SignInAddresses.SIGN_IN;
        }
    }
}
