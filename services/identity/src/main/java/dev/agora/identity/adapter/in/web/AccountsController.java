package dev.agora.identity.adapter.in.web;

import dev.agora.identity.application.RegisterAccount;
import dev.agora.identity.domain.Account;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping(path = "/api/accounts", produces = "application/json")
@Tag(name = "Accounts", description = "Open an account")
class AccountsController {

    private final RegisterAccount registerAccount;

    AccountsController(RegisterAccount registerAccount) {
        this.registerAccount = registerAccount;
    }

    @PostMapping(consumes = "application/json")
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
}
