package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.application.port.CustomerAccounts;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.Customer;
import java.util.HashSet;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

/**
 * Who signed in, as the session keeps them: the subject of the ID token identity just issued, with the name and roles
 * of their account, read from identity ({@code GET /api/me}) with their new access token, at sign-in and at each
 * refresh. Roles become {@code ROLE_CUSTOMER} or {@code ROLE_ADMIN}, for the pages only admins may see.
 */
public final class CustomerPrincipals implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The authority of an account with the role {@code ADMIN}. */
    static final String ADMIN = "ROLE_ADMIN";

    private final CustomerAccounts accounts;

    public CustomerPrincipals(CustomerAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        Customer customer;
        try {
            customer = accounts.signedIn(request.getAccessToken().getTokenValue());
        } catch (ServiceUnavailable unavailable) {
            OidcUser signedIn = alreadySignedIn(request);
            if (signedIn != null) {
                // A refresh: the tokens are rotated already, and must be kept; the name and roles have not changed.
                return new DefaultOidcUser(
                        signedIn.getAuthorities(), request.getIdToken(), signedIn.getUserInfo(), IdTokenClaimNames.SUB);
            }
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.TEMPORARILY_UNAVAILABLE), "identity is unavailable", unavailable);
        }
        if (!customer.id().equals(request.getIdToken().getSubject())) {
            throw new OAuth2AuthenticationException(
                    new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN),
                    "the access token is not the ID token's subject's");
        }
        OidcUserInfo account = OidcUserInfo.builder()
                .subject(customer.id())
                .name(customer.name())
                .email(customer.email())
                .build();
        Set<GrantedAuthority> authorities = new HashSet<>();
        authorities.add(new OidcUserAuthority(request.getIdToken(), account));
        customer.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority("ROLE_" + role)));
        return new DefaultOidcUser(authorities, request.getIdToken(), account, IdTokenClaimNames.SUB);
    }

    /** Whether {@code caller} signed in with an account that has the role {@code ADMIN}. */
    static boolean isAdmin(@Nullable Authentication caller) {
        return caller != null
                && caller.getAuthorities().stream()
                        .map(GrantedAuthority::getAuthority)
                        .anyMatch(ADMIN::equals);
    }

    /** The customer of the session, when these are their tokens being refreshed (a sign-in has none yet). */
    private static @Nullable OidcUser alreadySignedIn(OidcUserRequest request) {
        return SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn
                        && signedIn.getPrincipal() instanceof OidcUser customer
                        && customer.getSubject().equals(request.getIdToken().getSubject())
                ? customer
                : null;
    }
}
