package dev.agora.storefront.config;

import dev.agora.platform.http.ServiceApiClients;
import dev.agora.platform.security.AccessTokenProperties;
import dev.agora.storefront.adapter.in.web.CustomerPrincipals;
import dev.agora.storefront.adapter.in.web.SignInAddresses;
import dev.agora.storefront.adapter.out.http.IdentityAccounts;
import dev.agora.storefront.adapter.out.http.PasswordSignIn;
import dev.agora.storefront.adapter.out.http.ServiceApi;
import dev.agora.storefront.application.JoinCartOnSignIn;
import dev.agora.storefront.application.port.CustomerAccounts;
import dev.agora.storefront.config.StorefrontConfiguration.ServiceApis;
import dev.agora.storefront.domain.Carts;
import java.time.Duration;
import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.client.loadbalancer.LoadBalancerInterceptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.converter.FormHttpMessageConverter;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.RefreshTokenOAuth2AuthorizedClientProvider;
import org.springframework.security.oauth2.client.endpoint.OAuth2AccessTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.OAuth2AuthorizationCodeGrantRequest;
import org.springframework.security.oauth2.client.endpoint.RestClientAuthorizationCodeTokenResponseClient;
import org.springframework.security.oauth2.client.endpoint.RestClientRefreshTokenTokenResponseClient;
import org.springframework.security.oauth2.client.http.OAuth2ErrorResponseErrorHandler;
import org.springframework.security.oauth2.client.oidc.authentication.OidcAuthorizationCodeAuthenticationProvider;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.InMemoryClientRegistrationRepository;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.http.converter.OAuth2AccessTokenResponseHttpMessageConverter;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.client.RestClient;

/**
 * The storefront as identity's confidential client {@code agora-storefront} (the "token handler" form of a backend for
 * the browser): it signs customers in with the authorization code flow and PKCE, and keeps their tokens in their
 * session, server-side; the browser only ever holds the session cookie.
 */
@Configuration(proxyBeanMethods = false)
class SignInConfiguration {

    /** The storefront's calls to identity: signing in hashes a password, slow on purpose (as for the gateway). */
    static final String IDENTITY_CALL_POLICY = "identity-route";

    /** How long before its expiry an access token is refreshed: more than a page's calls take. */
    static final Duration REFRESH_AHEAD = Duration.ofSeconds(60);

    @Bean
    ServiceApi identityApi(ServiceApis apis) {
        return apis.of("identity", IDENTITY_CALL_POLICY);
    }

    /**
     * A browser is sent to identity's pages at the public address (the gateway's, also the tokens' issuer); the
     * storefront exchanges codes and revokes tokens at identity itself.
     */
    @Bean
    ClientRegistrationRepository clientRegistrations(StorefrontProperties shop, AccessTokenProperties tokens) {
        String publicAddress = tokens.issuer();
        String identity = ServiceApiClients.baseUrlOf(shop.service("identity"));
        return new InMemoryClientRegistrationRepository(ClientRegistration.withRegistrationId(
                        SignInAddresses.REGISTRATION)
                .clientId(shop.client().id())
                .clientSecret(shop.client().secret())
                .clientName("Agora")
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .clientSettings(ClientRegistration.ClientSettings.builder()
                        .requireProofKey(true)
                        .build())
                .redirectUri(shop.publicAddress() + SignInAddresses.CALLBACK)
                .scope(OidcScopes.OPENID, OidcScopes.PROFILE)
                .issuerUri(publicAddress)
                .authorizationUri(publicAddress + "/oauth2/authorize")
                .tokenUri(identity + "/oauth2/token")
                .jwkSetUri(tokens.jwkSetUri().toString())
                .userNameAttributeName(IdTokenClaimNames.SUB)
                .providerConfigurationMetadata(Map.of("end_session_endpoint", publicAddress + "/connect/logout"))
                .build());
    }

    /** Each customer's tokens in their own session: in the storefront's database, shared by its instances. */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClients() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    CustomerAccounts customerAccounts(ServiceApi identityApi, StorefrontProperties shop) {
        return new IdentityAccounts(
                identityApi, shop.client().id(), shop.client().secret());
    }

    /** Who signed in: their account at identity, read with their new access token. */
    @Bean
    OAuth2UserService<OidcUserRequest, OidcUser> customerPrincipals(CustomerAccounts accounts) {
        return new CustomerPrincipals(accounts);
    }

    /** Identity's token endpoint, called by the storefront itself under the identity calls' deadline. */
    @Bean
    RestClient identityTokenEndpoint(
            StorefrontProperties shop,
            RestClient.Builder clients,
            ObjectProvider<LoadBalancerInterceptor> loadBalancer,
            ServiceApi identityApi) {
        return ServiceApiClients.client(
                        shop.service("identity"), clients, loadBalancer::getObject, identityApi.deadline())
                .messageConverters(converters -> {
                    converters.clear();
                    converters.add(new FormHttpMessageConverter());
                    converters.add(new OAuth2AccessTokenResponseHttpMessageConverter());
                })
                .defaultStatusHandler(new OAuth2ErrorResponseErrorHandler())
                .build();
    }

    @Bean
    OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange(
            RestClient identityTokenEndpoint) {
        RestClientAuthorizationCodeTokenResponseClient exchange = new RestClientAuthorizationCodeTokenResponseClient();
        exchange.setRestClient(identityTokenEndpoint);
        return exchange;
    }

    /**
     * The customer's access token for a call in their name, refreshed at identity when it has less than a minute
     * left (it lives 5): a customer who keeps shopping is never asked to sign in again while the refresh token lasts.
     */
    @Bean
    OAuth2AuthorizedClientManager customerTokens(
            ClientRegistrationRepository registrations,
            OAuth2AuthorizedClientRepository authorizedClients,
            RestClient identityTokenEndpoint,
            ApplicationEventPublisher events) {
        RestClientRefreshTokenTokenResponseClient refreshes = new RestClientRefreshTokenTokenResponseClient();
        refreshes.setRestClient(identityTokenEndpoint);
        RefreshTokenOAuth2AuthorizedClientProvider refresh = new RefreshTokenOAuth2AuthorizedClientProvider();
        refresh.setAccessTokenResponseClient(refreshes);
        refresh.setClockSkew(REFRESH_AHEAD);
        // Tells the listener oauth2Login registers, which puts the new ID token in the session (sign-out names the
        // newest to identity).
        refresh.setApplicationEventPublisher(events);
        DefaultOAuth2AuthorizedClientManager tokens =
                new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        tokens.setAuthorizedClientProvider(refresh);
        return tokens;
    }

    /**
     * Puts the signed-in customer's access token on a call in their name (refreshed first when it is about to expire).
     */
    @Bean
    ClientHttpRequestInterceptor customersToken(
            OAuth2AuthorizedClientManager customerTokens, OAuth2AuthorizedClientRepository authorizedClients) {
        OAuth2ClientHttpRequestInterceptor customersToken = new OAuth2ClientHttpRequestInterceptor(customerTokens);
        customersToken.setClientRegistrationIdResolver(request -> SignInAddresses.REGISTRATION);
        // A token refused (401) or a refresh refused: forgotten, so that the customer signs in again.
        customersToken.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClients));
        return customersToken;
    }

    @Bean
    OAuth2AuthorizationRequestResolver authorizationRequests(ClientRegistrationRepository registrations) {
        return new DefaultOAuth2AuthorizationRequestResolver(registrations, SignInAddresses.START);
    }

    @Bean
    PasswordSignIn passwordSignIn(
            ServiceApi identityApi,
            StorefrontProperties shop,
            ClientRegistrationRepository registrations,
            OAuth2AuthorizationRequestResolver authorizationRequests,
            OAuth2AccessTokenResponseClient<OAuth2AuthorizationCodeGrantRequest> codeExchange,
            OAuth2UserService<OidcUserRequest, OidcUser> customerPrincipals) {
        return new PasswordSignIn(
                identityApi,
                ServiceApiClients.baseUrlOf(shop.service("identity")),
                registrations.findByRegistrationId(SignInAddresses.REGISTRATION),
                authorizationRequests,
                new OidcAuthorizationCodeAuthenticationProvider(codeExchange, customerPrincipals));
    }

    @Bean
    JoinCartOnSignIn joinCartOnSignIn(Carts carts) {
        return new JoinCartOnSignIn(carts);
    }
}
