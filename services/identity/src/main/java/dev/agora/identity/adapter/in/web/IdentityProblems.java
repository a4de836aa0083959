package dev.agora.identity.adapter.in.web;

import dev.agora.identity.domain.AccountAlreadyExists;
import dev.agora.platform.problem.ProblemMapping;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where identity's failures get their error codes. */
@Configuration(proxyBeanMethods = false)
class IdentityProblems {

    @Bean
    ProblemMapping accountExists() {
        return new ProblemMapping(AccountAlreadyExists.class, IdentityErrorCodes.ACCOUNT_EXISTS);
    }
}
