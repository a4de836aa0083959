package dev.agora.users.adapter.in.web;

import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemMapping;
import dev.agora.users.domain.AddressLimitReached;
import dev.agora.users.domain.AddressNotFound;
import dev.agora.users.domain.ErasureNotFound;
import dev.agora.users.domain.ProfileNotFound;
import dev.agora.users.domain.RecentSignInRequired;
import dev.agora.users.domain.StaleVersion;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The one place where the users' failures get their error codes. */
@Configuration(proxyBeanMethods = false)
class UsersProblems {

    @Bean
    ProblemMapping profileNotFound() {
        return new ProblemMapping(ProfileNotFound.class, UsersErrorCodes.USER_NOT_FOUND);
    }

    @Bean
    ProblemMapping addressNotFound() {
        return new ProblemMapping(AddressNotFound.class, UsersErrorCodes.ADDRESS_NOT_FOUND);
    }

    @Bean
    ProblemMapping addressLimitReached() {
        return new ProblemMapping(AddressLimitReached.class, UsersErrorCodes.ADDRESS_LIMIT_REACHED);
    }

    @Bean
    ProblemMapping erasureNotFound() {
        return new ProblemMapping(ErasureNotFound.class, UsersErrorCodes.ERASURE_NOT_FOUND);
    }

    @Bean
    ProblemMapping recentSignInRequired() {
        return new ProblemMapping(RecentSignInRequired.class, UsersErrorCodes.RECENT_SIGN_IN_REQUIRED);
    }

    @Bean
    ProblemMapping staleVersion() {
        return new ProblemMapping(StaleVersion.class, PlatformErrorCodes.PRECONDITION_FAILED);
    }
}
