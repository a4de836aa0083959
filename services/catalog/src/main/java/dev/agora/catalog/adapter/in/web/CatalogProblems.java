package dev.agora.catalog.adapter.in.web;

import dev.agora.catalog.domain.ProductChanged;
import dev.agora.catalog.domain.ProductNotFound;
import dev.agora.catalog.domain.SkuTaken;
import dev.agora.catalog.domain.UnknownCategory;
import dev.agora.platform.problem.PlatformErrorCodes;
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

    @Bean
    ProblemMapping productChanged() {
        return new ProblemMapping(ProductChanged.class, PlatformErrorCodes.PRECONDITION_FAILED);
    }

    @Bean
    ProblemMapping skuTaken() {
        return new ProblemMapping(SkuTaken.class, CatalogErrorCodes.SKU_EXISTS);
    }

    @Bean
    ProblemMapping unknownCategory() {
        return new ProblemMapping(UnknownCategory.class, PlatformErrorCodes.VALIDATION_FAILED);
    }
}
