package dev.agora.identity.adapter.in.web;

import dev.agora.identity.application.port.SigningKeys;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Key rotation on demand (ADMIN): see docs/guides/security.md for the whole procedure. */
@RestController
@Tag(name = "Signing keys", description = "Rotate the key tokens are signed with (ADMIN)")
class SigningKeysController {

    private final SigningKeys keys;

    SigningKeysController(SigningKeys keys) {
        this.keys = keys;
    }

    @PostMapping(path = "/api/signing-keys", produces = "application/json")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(
            summary = "Make a new signing key the active one; the previous one stays published until its tokens expire")
    @ApiResponse(responseCode = "201", description = "The id (kid) of the new active key")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    Map<String, String> rotate() {
        return Map.of("kid", keys.rotate());
    }
}
