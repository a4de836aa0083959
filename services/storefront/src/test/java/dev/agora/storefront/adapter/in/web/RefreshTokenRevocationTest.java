package dev.agora.storefront.adapter.in.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.agora.storefront.application.port.CustomerAccounts;
import dev.agora.storefront.application.port.ServiceUnavailable;
import dev.agora.storefront.domain.Customer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2RefreshToken;
import org.springframework.security.oauth2.core.user.DefaultOAuth2User;

/** Signing out revokes the session's refresh token at identity and forgets the tokens, even when identity fails. */
class RefreshTokenRevocationTest {

    final HttpSessionOAuth2AuthorizedClientRepository authorizedClients =
            new HttpSessionOAuth2AuthorizedClientRepository();
    final MockHttpServletRequest request = new MockHttpServletRequest();
    final MockHttpServletResponse response = new MockHttpServletResponse();
    final OAuth2AuthenticationToken bob = new OAuth2AuthenticationToken(
            new DefaultOAuth2User(Set.of(), Map.of("sub", "bob"), "sub"), Set.of(), SignInAddresses.REGISTRATION);

    /** Records the tokens revoked; fails every revocation when told to. */
    static final class Identity implements CustomerAccounts {

        final List<String> revoked = new ArrayList<>();
        boolean down;

        @Override
        public void open(NewAccount account) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Customer signedIn(String accessToken) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void signOut(String refreshToken) {
            if (down) {
                throw new ServiceUnavailable("identity", new IllegalStateException("down"));
            }
            revoked.add(refreshToken);
        }
    }

    void signedIn() {
        ClientRegistration identity = ClientRegistration.withRegistrationId(SignInAddresses.REGISTRATION)
                .clientId("agora-storefront")
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("http://127.0.0.1:8080/sign-in/callback")
                .authorizationUri("http://127.0.0.1:8080/oauth2/authorize")
                .tokenUri("http://127.0.0.1:9000/oauth2/token")
                .build();
        Instant now = Instant.now();
        authorizedClients.saveAuthorizedClient(
                new OAuth2AuthorizedClient(
                        identity,
                        "bob",
                        new OAuth2AccessToken(OAuth2AccessToken.TokenType.BEARER, "access", now, now.plusSeconds(300)),
                        new OAuth2RefreshToken("refresh", now)),
                bob,
                request,
                response);
    }

    @Test
    void revokes_the_refresh_token_and_forgets_the_tokens() {
        Identity identity = new Identity();
        signedIn();

        new RefreshTokenRevocation(authorizedClients, identity).logout(request, response, bob);

        assertThat(identity.revoked).containsExactly("refresh");
        assertThat(authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient(
                        SignInAddresses.REGISTRATION, bob, request))
                .isNull();
    }

    @Test
    void signs_out_all_the_same_when_identity_does_not_answer() {
        Identity identity = new Identity();
        identity.down = true;
        signedIn();

        new RefreshTokenRevocation(authorizedClients, identity).logout(request, response, bob);

        assertThat(authorizedClients.<OAuth2AuthorizedClient>loadAuthorizedClient(
                        SignInAddresses.REGISTRATION, bob, request))
                .isNull();
    }

    @Test
    void a_visitor_signs_out_of_nothing() {
        Identity identity = new Identity();

        new RefreshTokenRevocation(authorizedClients, identity).logout(request, response, null);

        assertThat(identity.revoked).isEmpty();
    }
}
