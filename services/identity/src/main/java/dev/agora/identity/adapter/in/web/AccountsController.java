package dev.agora.identity.adapter.in.web;

import dev.agora.identity.application.RegisterAccount;
import dev.agora.identity.domain.Account;
import dev.agora.identity.domain.AccountId;
import dev.agora.identity.domain.Accounts;
import dev.agora.platform.problem.PlatformErrorCodes;
import dev.agora.platform.problem.ProblemException;
import dev.agora.platform.security.AccessTokens;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(produces = "application/json")
@Tag(name = "Accounts", description = "Open an account, see your own")
class AccountsController {

    private final RegisterAccount registerAccount;
    private final Accounts accounts;

    AccountsController(RegisterAccount registerAccount, Accounts accounts) {
        this.registerAccount = registerAccount;
        this.accounts = accounts;
    }

    @PostMapping(path = "/api/accounts", consumes = "application/json")
    @Operation(summary = "Open a customer account")
    @ApiResponse(responseCode = "201", description = "The account; Location names it")
    @ApiResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: malformed e-mail, a password of under 12 or over 128 characters, no name")
    @ApiResponse(responseCode = "409", description = "ACCOUNT_EXISTS: the e-mail address already has an account")
    ResponseEntity<AccountResponse> register(@Valid @RequestBody NewAccountRequest request) {
        Account account = registerAccount.register(request.toCommand());
        return ResponseEntity.created(URI.create("/api/accounts/" + account.id()))
                .body(AccountResponse.of(account));
    }

    @GetMapping("/api/accounts/{id}")
    @Operation(summary = "One account: your own, or any for an ADMIN")
    @ApiResponse(responseCode = "200", description = "The account")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(
            responseCode = "404",
            description = "NOT_FOUND: no such account, or not yours (the answer does not say which)")
    AccountResponse account(@PathVariable UUID id, @AuthenticationPrincipal Jwt token, Authentication caller) {
        boolean admin = AccessTokens.isAdmin(caller);
        boolean own = id.toString().equals(token.getSubject());
        return Optional.of(new AccountId(id))
                .filter(account -> own || admin)
                .flatMap(accounts::findById)
                .map(AccountResponse::of)
                .orElseThrow(
                        () -> new ProblemException(PlatformErrorCodes.NOT_FOUND, "No account of yours has this id."));
    }

    @GetMapping("/api/me")
    @Operation(summary = "The signed-in caller's account, roles included")
    @ApiResponse(responseCode = "200", description = "The account the access token was issued to")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(responseCode = "404", description = "NOT_FOUND: the token is a service's, not an account's")
    AccountResponse me(@AuthenticationPrincipal Jwt token) {
        return accountIdOf(token)
                .flatMap(accounts::findById)
                .map(AccountResponse::of)
                .orElseThrow(() -> new ProblemException(
                        PlatformErrorCodes.NOT_FOUND, "This access token was not issued to an account."));
    }

    private static Optional<AccountId> accountIdOf(Jwt token) {
        try {
            return Optional.of(new AccountId(UUID.fromString(token.getSubject())));
        } catch (IllegalArgumentException notAnAccount) {
            return Optional.empty();
        }
    }
}
