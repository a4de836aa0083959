package dev.agora.identity.config;

import dev.agora.identity.application.PasswordHashes;
import dev.agora.identity.application.RegisterAccount;
import dev.agora.identity.domain.Accounts;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import java.time.Clock;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases are plain classes; this is where they meet their adapters, the clock and the id source. */
@Configuration(proxyBeanMethods = false)
class IdentityConfiguration {

    @Bean
    RegisterAccount registerAccount(Accounts accounts, PasswordHashes passwords) {
        return new RegisterAccount(accounts, passwords, Clock.systemUTC(), UUID::randomUUID);
    }

    @Bean
    OpenAPI identityApi() {
        return new OpenAPI()
                .info(new Info().title("Agora identity").version("v1").description("Accounts and sign-in."));
    }
}
