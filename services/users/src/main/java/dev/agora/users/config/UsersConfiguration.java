package dev.agora.users.config;

import dev.agora.users.application.ChangeProfile;
import dev.agora.users.application.ManageAddresses;
import dev.agora.users.application.OpenProfile;
import dev.agora.users.application.SearchProfiles;
import dev.agora.users.application.ViewProfile;
import dev.agora.users.domain.Addresses;
import dev.agora.users.domain.Profiles;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.support.TransactionOperations;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
class UsersConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ViewProfile viewProfile(Profiles profiles, Clock clock) {
        return new ViewProfile(profiles, clock);
    }

    @Bean
    OpenProfile openProfile(Profiles profiles) {
        return new OpenProfile(profiles);
    }

    @Bean
    ChangeProfile changeProfile(ViewProfile view, Profiles profiles, TransactionOperations transactions) {
        return new ChangeProfile(view, profiles, transactions);
    }

    @Bean
    SearchProfiles searchProfiles(Profiles profiles) {
        return new SearchProfiles(profiles);
    }

    @Bean
    ManageAddresses manageAddresses(
            ViewProfile view, Profiles profiles, Addresses addresses, TransactionOperations transactions, Clock clock) {
        return new ManageAddresses(view, profiles, addresses, transactions, clock, UUID::randomUUID);
    }

    @Bean
    OpenAPI usersApi() {
        return new OpenAPI()
                .info(new Info()
                        .title("Agora users")
                        .version("v1")
                        .description("The customers' profiles and shipping addresses."));
    }
}
