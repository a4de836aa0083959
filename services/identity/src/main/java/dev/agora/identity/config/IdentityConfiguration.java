package dev.agora.identity.config;

import dev.agora.contracts.identity.v1.IdentityTopics;
import dev.agora.identity.application.AnnounceAccounts;
import dev.agora.identity.application.CloseAccount;
import dev.agora.identity.application.RegisterAccount;
import dev.agora.identity.application.SeedAccounts;
import dev.agora.identity.application.SignInThrottle;
import dev.agora.identity.application.port.AccountEvents;
import dev.agora.identity.application.port.FailedSignIns;
import dev.agora.identity.application.port.PasswordHashes;
import dev.agora.identity.application.port.SigningKeys;
import dev.agora.identity.application.port.TokenFamilies;
import dev.agora.identity.domain.Accounts;
import dev.agora.identity.domain.EmailAddress;
import dev.agora.platform.messaging.PublishingWarmUp;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionOperations;

/** The use cases are plain classes; this is where they meet their adapters, the clock and the id source. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdentityProperties.class)
class IdentityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(IdentityConfiguration.class);

    @Bean
    AnnounceAccounts announceAccounts(Accounts accounts, AccountEvents events, TransactionOperations transactions) {
        return new AnnounceAccounts(accounts, events, transactions, Clock.systemUTC());
    }

    @Bean
    RegisterAccount registerAccount(
            Accounts accounts,
            PasswordHashes passwords,
            AnnounceAccounts announcements,
            TransactionOperations transactions) {
        return new RegisterAccount(
                accounts, passwords, announcements, transactions, Clock.systemUTC(), UUID::randomUUID);
    }

    @Bean
    CloseAccount closeAccount(
            Accounts accounts,
            TokenFamilies tokenFamilies,
            FailedSignIns failedSignIns,
            AccountEvents events,
            TransactionOperations transactions) {
        return new CloseAccount(accounts, tokenFamilies, failedSignIns, events, transactions, Clock.systemUTC());
    }

    /** The outbox's producer, connected before identity is ready: the first sign-up does not wait for it. */
    @Bean
    PublishingWarmUp publishingWarmUp(KafkaOperations<String, byte[]> kafka) {
        return new PublishingWarmUp(kafka, List.of(IdentityTopics.EVENTS));
    }

    @Bean
    SignInThrottle signInThrottle(FailedSignIns failures) {
        return new SignInThrottle(failures, Clock.systemUTC());
    }

    @Bean
    SeedAccounts seedAccounts(Accounts accounts, PasswordHashes passwords) {
        return new SeedAccounts(accounts, passwords, Clock.systemUTC(), UUID::randomUUID);
    }

    /**
     * Opens the configured seed accounts (development only: the prod profile refuses any) and the first key, then
     * announces every account not announced yet: the seeds, and any opened before identity announced its accounts.
     */
    @Bean
    ApplicationRunner openSeedAccounts(
            SeedAccounts seeds, IdentityProperties identity, SigningKeys keys, AnnounceAccounts announcements) {
        return arguments -> {
            // The key first: the other services wait for identity to publish one before they report ready.
            keys.activeKeyId();
            int opened = seeds.seed(identity.seedAccounts().stream()
                    .map(seed -> new SeedAccounts.Seed(
                            new EmailAddress(seed.email()), seed.password(), seed.name(), seed.role()))
                    .toList());
            if (opened > 0) {
                log.atInfo().addKeyValue("opened", opened).log("Seed accounts opened");
            }
            int announced = announcements.announceEarlierAccounts();
            if (announced > 0) {
                log.atInfo().addKeyValue("announced", announced).log("Earlier accounts announced");
            }
        };
    }

    @Bean
    OpenAPI identityApi() {
        return new OpenAPI()
                .info(new Info().title("Agora identity").version("v1").description("Accounts and sign-in."));
    }
}
