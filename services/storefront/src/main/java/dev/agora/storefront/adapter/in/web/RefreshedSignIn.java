package dev.agora.storefront.adapter.in.web;

import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.oidc.authentication.event.OidcUserRefreshedEvent;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * When a customer's tokens are refreshed, identity issues a new ID token too, and only the newest is good for signing
 * out at identity: the customer in their session is replaced by the one with the new ID token.
 */
@Component
class RefreshedSignIn {

    private final SecurityContextRepository securityContexts = new HttpSessionSecurityContextRepository();

    @EventListener
    void keep(OidcUserRefreshedEvent refreshed) {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes call
                && call.getResponse() != null) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(refreshed.getAuthentication());
            SecurityContextHolder.setContext(context);
            securityContexts.saveContext(context, call.getRequest(), call.getResponse());
        }
    }
}
