package dev.agora.users.config;

import dev.agora.contracts.users.v1.UsersTopics;
import dev.agora.platform.messaging.PublishingWarmUp;
import dev.agora.users.application.ChangeProfile;
import dev.agora.users.application.ConfirmErasure;
import dev.agora.users.application.EraseCustomer;
import dev.agora.users.application.ManageAddresses;
import dev.agora.users.application.OpenProfile;
import dev.agora.users.application.SearchProfiles;
import dev.agora.users.application.ViewErasure;
import dev.agora.users.application.ViewProfile;
import dev.agora.users.application.port.UserEvents;
import dev.agora.users.domain.Addresses;
import dev.agora.users.domain.ErasurePolicy;
import dev.agora.users.domain.Erasures;
import dev.agora.users.domain.Profiles;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionOperations;

/** The use cases are plain classes; this is where they meet their adapters. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(UsersProperties.class)
class UsersConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ViewProfile viewProfile(Profiles profiles, Erasures erasures, Clock clock) {
        return new ViewProfile(profiles, erasures, clock);
    }

    @Bean
    OpenProfile openProfile(
            Profiles profiles, Erasures erasures, UserEvents events, TransactionOperations transactions) {
        return new OpenProfile(profiles, erasures, events, transactions);
    }

    @Bean
    ErasurePolicy erasurePolicy(UsersProperties properties) {
        UsersProperties.Erasure erasure = properties.erasure();
        return new ErasurePolicy(erasure.participants(), erasure.deadline(), erasure.recentSignIn());
    }

    @Bean
    EraseCustomer eraseCustomer(
            Profiles profiles,
            Erasures erasures,
            UserEvents events,
            ErasurePolicy policy,
            TransactionOperations transactions,
            Clock clock) {
        return new EraseCustomer(profiles, erasures, events, policy, transactions, clock, UUID::randomUUID);
    }

    @Bean
    ConfirmErasure confirmErasure(
            Erasures erasures, ErasurePolicy policy, TransactionOperations transactions, Clock clock) {
        return new ConfirmErasure(erasures, policy, transactions, clock);
    }

    @Bean
    ViewErasure viewErasure(Erasures erasures, ErasurePolicy policy, Clock clock) {
        return new ViewErasure(erasures, policy, clock);
    }

    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(kafka, List.of(UsersTopics.EVENTS));
    }

    /** The erasures still waiting for a participant after the deadline; the ErasureOverdue alert watches it. */
    @Bean
    MeterBinder overdueErasures(Erasures erasures, ErasurePolicy policy, Clock clock) {
        return registry -> Gauge.builder(
                        "agora.users.erasures.overdue",
                        () -> erasures.countIncompleteSince(clock.instant().minus(policy.deadline())))
                .description("Erasures not confirmed by every participant within agora.users.erasure.deadline")
                .register(registry);
    }

    @Bean
    ChangeProfile changeProfile(
            ViewProfile view, Profiles profiles, UserEvents events, TransactionOperations transactions, Clock clock) {
        return new ChangeProfile(view, profiles, events, transactions, clock);
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
