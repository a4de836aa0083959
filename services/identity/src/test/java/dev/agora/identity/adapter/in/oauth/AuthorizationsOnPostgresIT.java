package dev.agora.identity.adapter.in.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.agora.launcher.SignIn;
import dev.agora.testing.ApiClient;
import dev.agora.testing.PostgresDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Authorizations, refresh-token families and signing keys stored in the real PostgreSQL of the postgres profile. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"dev", "postgres"})
class AuthorizationsOnPostgresIT {

    @RegisterExtension
    static final PostgresDatabase DATABASE = new PostgresDatabase("identity_oauth");

    @LocalServerPort
    int port;

    @Test
    void a_refresh_token_rotates_and_its_reuse_revokes_the_family() {
        SignIn signIn = new SignIn(ApiClient.onPort(port).base());
        SignIn.Tokens first = signIn.withPassword("alice@agora.test", "alice-password");

        SignIn.Tokens second = signIn.refresh(first.refreshToken());

        assertThat(ApiClient.onPort(port)
                        .get("/api/me", "Authorization", "Bearer " + second.accessToken())
                        .status())
                .isEqualTo(200);
        assertThatThrownBy(() -> signIn.refresh(first.refreshToken())).isInstanceOf(SignIn.Refused.class);
        assertThatThrownBy(() -> signIn.refresh(second.refreshToken())).isInstanceOf(SignIn.Refused.class);
    }
}
