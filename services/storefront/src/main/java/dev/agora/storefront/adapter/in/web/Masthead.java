package dev.agora.storefront.adapter.in.web;

import dev.agora.storefront.domain.Cart;
import dev.agora.storefront.domain.Carts;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.UrlBasedViewResolver;

/**
 * What every page's header shows: the cart with its count of units ("Cart (3)"), and who is signed in. Counted only
 * for a page about to be rendered, not for a form answered with a redirect, and not again on the cart's page, which
 * has the cart at hand.
 */
@Configuration(proxyBeanMethods = false)
class Masthead implements WebMvcConfigurer {

    static final String UNITS = "cartUnits";

    /** The signed-in customer's name, or nothing for a visitor. */
    static final String CUSTOMER = "customer";

    /** Whether the customer is an admin: the header links to the admin's pages. */
    static final String ADMIN = "admin";

    private final Carts carts;

    Masthead(Carts carts) {
        this.carts = carts;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(
                    HttpServletRequest request,
                    HttpServletResponse response,
                    Object handler,
                    @Nullable ModelAndView page) {
                if (page == null || isRedirect(page)) {
                    return;
                }
                if (!page.getModel().containsKey(UNITS)) {
                    page.addObject(
                            UNITS,
                            CartSession.of(request)
                                    .flatMap(carts::find)
                                    .map(Cart::units)
                                    .orElse(0));
                }
                if (SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn
                        && signedIn.getPrincipal() instanceof OidcUser customer) {
                    page.addObject(CUSTOMER, customer.getFullName());
                    page.addObject(ADMIN, CustomerPrincipals.isAdmin(signedIn));
                }
            }
        });
    }

    private static boolean isRedirect(ModelAndView page) {
        String view = page.getViewName();
        return view != null && view.startsWith(UrlBasedViewResolver.REDIRECT_URL_PREFIX);
    }
}
