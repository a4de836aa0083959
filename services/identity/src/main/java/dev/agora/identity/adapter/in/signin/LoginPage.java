package dev.agora.identity.adapter.in.signin;

import io.swagger.v3.oas.annotations.Hidden;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.util.HtmlUtils;

/** A plain sign-in page: no script, no style sheet, nothing to load from anywhere. Not part of the JSON API. */
@Controller
@Hidden
class LoginPage {

    static final String PATH = "/login";

    @GetMapping(path = PATH, produces = MediaType.TEXT_HTML_VALUE)
    @ResponseBody
    String page(@RequestParam(required = false) String error, CsrfToken csrf) {
        String message = error == null ? "" : "<p role=\"alert\">The e-mail or the password is wrong.</p>";
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head><meta charset="utf-8"><title>Sign in to Agora</title></head>
                <body>
                <h1>Sign in to Agora</h1>
                %s
                <form method="post" action="%s">
                <p><label>E-mail <input type="email" name="email" autocomplete="username" required autofocus></label></p>
                <p><label>Password <input type="password" name="password" autocomplete="current-password" required></label></p>
                <input type="hidden" name="%s" value="%s">
                <p><button type="submit">Sign in</button></p>
                </form>
                </body>
                </html>
                """.formatted(
                message, PATH, HtmlUtils.htmlEscape(csrf.getParameterName()), HtmlUtils.htmlEscape(csrf.getToken()));
    }
}
