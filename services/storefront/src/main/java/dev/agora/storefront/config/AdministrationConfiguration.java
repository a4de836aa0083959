package dev.agora.storefront.config;

import dev.agora.storefront.adapter.out.http.HttpAdministration;
import dev.agora.storefront.application.port.Administration;
import dev.agora.storefront.config.StorefrontConfiguration.ServiceApis;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.client.ClientHttpRequestInterceptor;

/** The admin pages' calls: the catalog's and inventory's administration, in the admin's name. */
@Configuration(proxyBeanMethods = false)
class AdministrationConfiguration {

    @Bean
    Administration administration(ServiceApis apis, ClientHttpRequestInterceptor customersToken) {
        return new HttpAdministration(
                apis.of("catalog", StorefrontConfiguration.CALL_POLICY, List.of(customersToken)),
                apis.of("inventory", StorefrontConfiguration.CALL_POLICY, List.of(customersToken)));
    }
}
