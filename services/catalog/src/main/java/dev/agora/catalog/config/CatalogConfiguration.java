package dev.agora.catalog.config;

import dev.agora.catalog.application.AddProduct;
import dev.agora.catalog.application.BrowseProducts;
import dev.agora.catalog.application.ListCategories;
import dev.agora.catalog.application.LookUpProducts;
import dev.agora.catalog.application.RateProducts;
import dev.agora.catalog.application.RemoveProduct;
import dev.agora.catalog.application.ReviseProduct;
import dev.agora.catalog.application.ViewProduct;
import dev.agora.catalog.domain.ProductRatings;
import dev.agora.catalog.domain.Products;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
class CatalogConfiguration {

    @Bean
    BrowseProducts browseProducts(Products products) {
        return new BrowseProducts(products);
    }

    @Bean
    RateProducts rateProducts(ProductRatings ratings) {
        return new RateProducts(ratings);
    }

    @Bean
    ViewProduct viewProduct(Products products) {
        return new ViewProduct(products);
    }

    @Bean
    AddProduct addProduct(Products products) {
        return new AddProduct(products, UUID::randomUUID);
    }

    @Bean
    ReviseProduct reviseProduct(Products products) {
        return new ReviseProduct(products);
    }

    @Bean
    RemoveProduct removeProduct(Products products) {
        return new RemoveProduct(products);
    }

    @Bean
    LookUpProducts lookUpProducts(Products products) {
        return new LookUpProducts(products);
    }

    @Bean
    ListCategories listCategories(Products products) {
        return new ListCategories(products);
    }

    @Bean
    OpenAPI catalogApi() {
        return new OpenAPI()
                .info(new Info().title("Agora catalog").version("v1").description("Products, categories and prices."));
    }
}
