package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.ProductNotFound;
import dev.agora.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where the catalog's failures get their error codes. */
@Configuration(proxyBeanMethods = false)
class CatalogProblems {

    @Bean
    ProblemMapping productNotFound() {
        return new ProblemMapping(ProductNotFound.class, CatalogErrorCodes.PRODUCT_NOT_FOUND);
    }
}
