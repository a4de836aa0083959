package dev.agora.inventory.adapter.in.web;

import dev.agora.inventory.domain.StockLimitExceeded;
import dev.agora.inventory.domain.StockNotFound;
import dev.agora.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where inventory's failures get their error codes. */
@Configuration(proxyBeanMethods = false)
class InventoryProblems {

    @Bean
    ProblemMapping stockNotFound() {
        return new ProblemMapping(StockNotFound.class, InventoryErrorCodes.STOCK_NOT_FOUND);
    }

    @Bean
    ProblemMapping stockLimitExceeded() {
        return new ProblemMapping(StockLimitExceeded.class, InventoryErrorCodes.STOCK_LIMIT_EXCEEDED);
    }
}
