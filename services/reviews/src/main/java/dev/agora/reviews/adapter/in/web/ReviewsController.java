package dev.agora.reviews.adapter.in.web;

import dev.agora.platform.api.EntityTags;
import dev.agora.platform.api.PageResponse;
import dev.agora.platform.api.RequestFingerprint;
import dev.agora.platform.idempotency.Answer;
import dev.agora.platform.idempotency.IdempotencyKey;
import dev.agora.platform.idempotency.IdempotentRequests;
import dev.agora.platform.problem.ProblemException;
import dev.agora.reviews.application.ListReviews;
import dev.agora.reviews.application.ManageReviews;
import dev.agora.reviews.domain.ReviewPage;
import dev.agora.reviews.domain.ReviewSort;
import dev.agora.reviews.domain.SignedReview;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reviews: a product's for anyone; a buyer writes one per product ({@code Idempotency-Key}), and changes or removes it
 * ({@code If-Match}); an admin hides one.
 */
@RestController
@Validated
@Tag(name = "Reviews", description = "What customers say about the products they bought")
class ReviewsController {

    private static final String REVIEW = "review";

    private final ManageReviews manage;
    private final ListReviews list;
    private final IdempotentRequests requests;
    private final JsonMapper json;

    ReviewsController(ManageReviews manage, ListReviews list, IdempotentRequests requests, JsonMapper json) {
        this.manage = manage;
        this.list = list;
        this.requests = requests;
        this.json = json;
    }

    @GetMapping(path = "/api/products/{productId}/reviews", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A product's reviews, the newest (sort=newest, the default) or the best rated first")
    @ApiResponse(responseCode = "200", description = "A page of reviews; hidden ones are not in it")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED: an unknown sort, a page or size out of range")
    PageResponse<ReviewResponse> reviews(
            @PathVariable UUID productId,
            @Parameter(description = "newest or rating") @RequestParam(defaultValue = "newest") String sort,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000)
                    int page,
            @Parameter(description = "Page size, at most 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        ReviewPage found = list.of(productId, sortOf(sort), page, size);
        return PageResponse.of(
                found.items().stream().map(ReviewResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    @PostMapping(
            path = "/api/products/{productId}/reviews",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Review a product you bought (a confirmed order), once")
    @ApiResponse(responseCode = "201", description = "Your review; Location is its address, ETag its version")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, naming each field refused")
    @ApiResponse(responseCode = "403", description = "PURCHASE_REQUIRED: no confirmed order of yours holds it")
    @ApiResponse(responseCode = "409", description = "REVIEW_EXISTS: you reviewed it already")
    @ApiResponse(responseCode = "428", description = "IDEMPOTENCY_KEY_REQUIRED")
    ResponseEntity<String> write(
            @PathVariable UUID productId,
            @Parameter(description = "A unique value per new review (a UUID); reuse it only to retry")
                    @RequestHeader(name = IdempotencyKey.HEADER, required = false)
                    @Nullable
                    String idempotencyKey,
            @Valid @RequestBody ReviewRequest request,
            Authentication caller) {
        IdempotencyKey key = IdempotencyKey.of(idempotencyKey);
        String fingerprint = RequestFingerprint.of(productId + json.writeValueAsString(request));
        Answer answer = requests.answerOnce(caller.getName(), key, fingerprint, () -> {
            SignedReview written = manage.write(productId, caller.getName(), request.toContent());
            return new Answer(
                    201, "/api/reviews/" + written.review().id(), json.writeValueAsString(ReviewResponse.of(written)));
        });
        return EntityTags.versioned(answer, json);
    }

    @GetMapping(path = "/api/reviews/{id}", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "A review; its ETag is what a change sends in If-Match")
    @ApiResponse(responseCode = "200", description = "The review")
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND: none, or hidden")
    ResponseEntity<ReviewResponse> review(@PathVariable UUID id) {
        return versioned(manage.find(id));
    }

    @PutMapping(
            path = "/api/reviews/{id}",
            consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Rewrite your review, if it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "200", description = "Your review, one version on; ETag is the new one")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, naming each field refused")
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND: none of yours has this id")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: it changed since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<ReviewResponse> rewrite(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @Valid @RequestBody ReviewRequest request,
            Authentication caller) {
        long expected = EntityTags.expectedVersion(ifMatch, REVIEW);
        return versioned(manage.change(id, caller.getName(), expected, request.toContent()));
    }

    @DeleteMapping("/api/reviews/{id}")
    @Operation(summary = "Remove your review, if it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "204", description = "Removed; the product's rating without it")
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND: none of yours has this id")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: it changed since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<Void> remove(
            @PathVariable UUID id,
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            Authentication caller) {
        manage.remove(id, caller.getName(), EntityTags.expectedVersion(ifMatch, REVIEW));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/api/reviews/{id}/hide")
    @Operation(summary = "Hide a review from the product's page and rating (ADMIN)")
    @ApiResponse(responseCode = "204", description = "Hidden (or it was already)")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    @ApiResponse(responseCode = "404", description = "REVIEW_NOT_FOUND")
    ResponseEntity<Void> hide(@PathVariable UUID id) {
        manage.hide(id);
        return ResponseEntity.noContent().build();
    }

    private static ReviewSort sortOf(String sort) {
        try {
            return ReviewSort.valueOf(sort.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw ProblemException.invalid("sort", "is newest or rating");
        }
    }

    private static ResponseEntity<ReviewResponse> versioned(SignedReview review) {
        return ResponseEntity.ok()
                .eTag(EntityTags.of(review.review().version()))
                .body(ReviewResponse.of(review));
    }
}
