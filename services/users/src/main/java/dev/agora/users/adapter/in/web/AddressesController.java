package dev.agora.users.adapter.in.web;

import dev.agora.platform.api.EntityTags;
import dev.agora.platform.api.PageResponse;
import dev.agora.platform.api.RequestFingerprint;
import dev.agora.platform.idempotency.Answer;
import dev.agora.platform.idempotency.IdempotencyKey;
import dev.agora.platform.idempotency.IdempotentRequests;
import dev.agora.users.application.ManageAddresses;
import dev.agora.users.domain.Address;
import dev.agora.users.domain.AddressDetails;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * A customer's own shipping addresses. Adding is idempotent per {@code Idempotency-Key}; replacing and removing need
 * {@code If-Match} with the address's ETag. Another customer's address is answered as absent.
 */
@RestController
@RequestMapping(path = "/api/users/me/addresses", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Addresses", description = "Your shipping addresses")
class AddressesController {

    private static final String ADDRESS = "the address";

    private final ManageAddresses addresses;
    private final IdempotentRequests requests;
    private final JsonMapper json;

    AddressesController(ManageAddresses addresses, IdempotentRequests requests, JsonMapper json) {
        this.addresses = addresses;
        this.requests = requests;
        this.json = json;
    }

    @GetMapping
    @Operation(summary = "Your addresses, the default first, then the oldest first (at most 10: one page)")
    PageResponse<AddressResponse> list(Authentication caller) {
        List<AddressResponse> mine = addresses.list(Customers.idOf(caller)).stream()
                .map(AddressResponse::of)
                .toList();
        return PageResponse.of(mine, 0, Address.MAX_PER_CUSTOMER, mine.size());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One of your addresses")
    @ApiResponse(responseCode = "200", description = "The address; its ETag is what a change sends in If-Match")
    @ApiResponse(responseCode = "404", description = "ADDRESS_NOT_FOUND: none, or not yours")
    ResponseEntity<AddressResponse> address(@PathVariable UUID id, Authentication caller) {
        return versioned(addresses.find(Customers.idOf(caller), id));
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Add an address; a retry with the same Idempotency-Key gets the same answer")
    @ApiResponse(responseCode = "201", description = "The address, at version 1; Location names it")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: no Idempotency-Key, a field out of bounds")
    @ApiResponse(responseCode = "409", description = "ADDRESS_LIMIT_REACHED: you keep 10 already")
    @ApiResponse(responseCode = "422", description = "IDEMPOTENCY_KEY_REUSED: the key was used for another body")
    ResponseEntity<String> add(
            @Parameter(description = "A unique value per new address (a UUID); reuse it only to retry")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody AddressRequest request,
            Authentication caller) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        UUID customer = Customers.idOf(caller);
        AddressDetails details = request.toDetails();
        String fingerprint = RequestFingerprint.of(json.writeValueAsString(request));
        Answer answer = requests.answerOnce(caller.getName(), key, fingerprint, () -> {
            Address added = addresses.add(customer, details, request.isDefault());
            return new Answer(
                    201, "/api/users/me/addresses/" + added.id(), json.writeValueAsString(AddressResponse.of(added)));
        });
        return EntityTags.versioned(answer, json);
    }

    @PutMapping(path = "/{id}", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace an address, if it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "200", description = "The address, one version on; ETag is the new one")
    @ApiResponse(responseCode = "404", description = "ADDRESS_NOT_FOUND")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: it changed since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<AddressResponse> replace(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody AddressRequest request,
            Authentication caller) {
        long expected = EntityTags.expectedVersion(ifMatch, ADDRESS);
        return versioned(
                addresses.replace(Customers.idOf(caller), id, expected, request.toDetails(), request.isDefault()));
    }

    @DeleteMapping("/{id}")
    @Operation(summary = "Remove an address, if it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "204", description = "Removed; if it was the default, the oldest left is")
    @ApiResponse(responseCode = "404", description = "ADDRESS_NOT_FOUND")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: it changed since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<Void> remove(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication caller) {
        addresses.remove(Customers.idOf(caller), id, EntityTags.expectedVersion(ifMatch, ADDRESS));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<AddressResponse> versioned(Address address) {
        return ResponseEntity.ok().eTag(EntityTags.of(address.version())).body(AddressResponse.of(address));
    }
}
