package dev.agora.identity.adapter.in.signin;

import dev.agora.identity.application.SignInThrottle;
import dev.agora.platform.problem.servlet.ServletProblemWriter;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;

/**
 * The sign-in page and form, the only part of identity with a session: the authorization endpoint sends a browser here
 * and, once signed in, back to where it was. Attempts are counted per typed e-mail by {@link SignInThrottle}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class SignInSecurity {

    static final String EMAIL_PARAMETER = "email";

    @Bean
    @Order(2)
    SecurityFilterChain signIn(HttpSecurity http, SignInThrottle throttle, ServletProblemWriter problems) {
        SavedRequestAwareAuthenticationSuccessHandler backToTheAuthorization =
                new SavedRequestAwareAuthenticationSuccessHandler();
        AuthenticationSuccessHandler succeeded = (request, response, authentication) -> {
            throttle.succeeded(request.getParameter(EMAIL_PARAMETER));
            backToTheAuthorization.onAuthenticationSuccess(request, response, authentication);
        };
        SimpleUrlAuthenticationFailureHandler backToTheForm =
                new SimpleUrlAuthenticationFailureHandler(LoginPage.PATH + "?error");
        // A failure needs no recording: SignInThrottle.begin counted the attempt as failed when it began.
        AuthenticationFailureHandler failed = backToTheForm;
        return http.securityMatcher(LoginPage.PATH, "/logout")
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .formLogin(form -> form.loginPage(LoginPage.PATH)
                        .usernameParameter(EMAIL_PARAMETER)
                        .successHandler(succeeded)
                        .failureHandler(failed))
                .addFilterBefore(
                        new SignInThrottleFilter(throttle, problems), UsernamePasswordAuthenticationFilter.class)
                .build();
    }
}
