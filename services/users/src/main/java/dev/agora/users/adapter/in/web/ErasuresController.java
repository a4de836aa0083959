package dev.agora.users.adapter.in.web;

import dev.agora.platform.api.PageResponse;
import dev.agora.platform.problem.ProblemException;
import dev.agora.platform.security.AccessTokens;
import dev.agora.users.application.EraseCustomer;
import dev.agora.users.application.ViewErasure;
import dev.agora.users.domain.Erasure;
import dev.agora.users.domain.ErasurePage;
import dev.agora.users.domain.ErasurePolicy;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.net.URI;
import java.time.Clock;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A customer's erasure: asked for by deleting one's own profile, then followed while every service erases its part. The
 * customer sees theirs while their token lives; admins see any by id.
 */
@RestController
@Validated
@Tag(name = "Erasures", description = "Customers erased from every service, and how far each erasure has come")
class ErasuresController {

    private static final String MINE = "/api/users/me/erasure";

    private final EraseCustomer eraseCustomer;
    private final ViewErasure viewErasure;
    private final ErasurePolicy policy;
    private final Clock clock;

    ErasuresController(EraseCustomer eraseCustomer, ViewErasure viewErasure, ErasurePolicy policy, Clock clock) {
        this.eraseCustomer = eraseCustomer;
        this.viewErasure = viewErasure;
        this.policy = policy;
        this.clock = clock;
    }

    @DeleteMapping(path = "/api/users/me", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(
            summary = "Erase yourself from every service: your account is closed, your profile and addresses go, your"
                    + " orders and payments keep a pseudonym; needs a sign-in within the last minutes")
    @ApiResponse(responseCode = "202", description = "The erasure, begun (or the one under way); follow it at Location")
    @ApiResponse(responseCode = "403", description = "RECENT_SIGN_IN_REQUIRED: sign in again first")
    @ApiResponse(responseCode = "404", description = "USER_NOT_FOUND: the token is a service's, not a customer's")
    ResponseEntity<ErasureResponse> erase(Authentication caller) {
        Erasure erasure =
                eraseCustomer.erase(new EraseCustomer.Command(Customers.idOf(caller), AccessTokens.signedInAt(caller)));
        return ResponseEntity.accepted().location(URI.create(MINE)).body(response(erasure));
    }

    @GetMapping(path = MINE, produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How far your erasure has come, service by service")
    @ApiResponse(responseCode = "200", description = "Your erasure")
    @ApiResponse(responseCode = "404", description = "ERASURE_NOT_FOUND: you asked for none")
    ErasureResponse mine(Authentication caller) {
        return response(viewErasure.mine(Customers.idOf(caller)));
    }

    @GetMapping(path = "/api/erasures", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "The erasures in a status, the oldest first: OVERDUE ones need a look (ADMIN)")
    @ApiResponse(responseCode = "200", description = "A page of erasures")
    @ApiResponse(
            responseCode = "400",
            description = "VALIDATION_FAILED: an unknown status, a page or size out of range")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    PageResponse<ErasureResponse> erasures(
            @Parameter(description = "IN_PROGRESS, OVERDUE or COMPLETED") @RequestParam(defaultValue = "OVERDUE")
                    String status,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000)
                    int page,
            @Parameter(description = "Page size, at most 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        ErasurePage found = viewErasure.inStatus(statusOf(status), page, size);
        return PageResponse.of(
                found.items().stream().map(this::response).toList(), found.page(), found.size(), found.totalItems());
    }

    @GetMapping(path = "/api/erasures/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "How far an erasure has come, service by service (ADMIN)")
    @ApiResponse(responseCode = "200", description = "The erasure")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    @ApiResponse(responseCode = "404", description = "ERASURE_NOT_FOUND")
    ErasureResponse erasure(@PathVariable UUID id) {
        return response(viewErasure.of(id));
    }

    private static Erasure.Status statusOf(String status) {
        try {
            return Erasure.Status.valueOf(status.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalid("status", "is IN_PROGRESS, OVERDUE or COMPLETED");
        }
    }

    private ErasureResponse response(Erasure erasure) {
        return ErasureResponse.of(erasure, policy, clock.instant());
    }
}
