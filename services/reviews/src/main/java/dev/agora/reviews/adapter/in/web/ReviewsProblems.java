package dev.agora.reviews.adapter.in.web;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemMapping;
import dev.agora.reviews.domain.PurchaseRequired;
import dev.agora.reviews.domain.ReviewExists;
import dev.agora.reviews.domain.ReviewNotFound;
import dev.agora.reviews.domain.StaleVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where the reviews' failures get their error codes. */
@Configuration(proxyBeanMethods = false)
class ReviewsProblems {

    @Bean
    ProblemMapping purchaseRequired() {
        return new ProblemMapping(PurchaseRequired.class, ReviewsErrorCodes.PURCHASE_REQUIRED);
    }

    @Bean
    ProblemMapping reviewExists() {
        return new ProblemMapping(ReviewExists.class, ReviewsErrorCodes.REVIEW_EXISTS);
    }

    @Bean
    ProblemMapping reviewNotFound() {
        return new ProblemMapping(ReviewNotFound.class, ReviewsErrorCodes.REVIEW_NOT_FOUND);
    }

    @Bean
    ProblemMapping staleVersion() {
        return new ProblemMapping(StaleVersion.class, PlatformErrorCodes.PRECONDITION_FAILED);
    }
}
