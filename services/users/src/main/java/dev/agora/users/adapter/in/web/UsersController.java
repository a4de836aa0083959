package dev.agora.users.adapter.in.web;

import dev.agora.platform.api.EntityTags;
import dev.agora.platform.api.PageResponse;
import dev.agora.platform.security.AccessTokens;
import dev.agora.users.application.ChangeProfile;
import dev.agora.users.application.SearchProfiles;
import dev.agora.users.application.ViewProfile;
import dev.agora.users.domain.Profile;
import dev.agora.users.domain.ProfileNotFound;
import dev.agora.users.domain.ProfilePage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * Profiles: a customer reads and changes their own ({@code /me}, {@code If-Match} to change it); admins search and read
 * anyone's. Another customer's profile is answered as absent, so an id says nothing about who has an account.
 */
@RestController
@RequestMapping(path = "/api/users", produces = MediaType.APPLICATION_JSON_VALUE)
@Validated
@Tag(name = "Profiles", description = "The customers' profiles")
class UsersController {

    private static final String PROFILE = "your profile";

    private final ViewProfile viewProfile;
    private final ChangeProfile changeProfile;
    private final SearchProfiles searchProfiles;

    UsersController(ViewProfile viewProfile, ChangeProfile changeProfile, SearchProfiles searchProfiles) {
        this.viewProfile = viewProfile;
        this.changeProfile = changeProfile;
        this.searchProfiles = searchProfiles;
    }

    @GetMapping("/me")
    @Operation(summary = "Your profile; its ETag is what a change sends in If-Match")
    @ApiResponse(responseCode = "200", description = "Your profile")
    @ApiResponse(responseCode = "401", description = "UNAUTHORIZED: no valid access token")
    @ApiResponse(responseCode = "404", description = "USER_NOT_FOUND: the token is a service's, not a customer's")
    ResponseEntity<ProfileResponse> me(Authentication caller) {
        return versioned(viewProfile.mine(Customers.idOf(caller)));
    }

    @PatchMapping(
            path = "/me",
            consumes = {ProfilePatch.MEDIA_TYPE, MediaType.APPLICATION_JSON_VALUE})
    @Operation(
            summary = "Change your profile with a JSON Merge Patch (displayName, locale, notificationPreferences), if"
                    + " it is still at the version of the If-Match ETag")
    @ApiResponse(responseCode = "200", description = "Your profile, one version on; ETag is the new one")
    @ApiResponse(responseCode = "400", description = "VALIDATION_FAILED, naming each member refused")
    @ApiResponse(responseCode = "412", description = "PRECONDITION_FAILED: it changed since you read it")
    @ApiResponse(responseCode = "428", description = "PRECONDITION_REQUIRED: no If-Match")
    ResponseEntity<ProfileResponse> change(
            @RequestHeader(name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch,
            @RequestBody JsonNode patch,
            Authentication caller) {
        long expected = EntityTags.expectedVersion(ifMatch, PROFILE);
        return versioned(changeProfile.change(Customers.idOf(caller), expected, ProfilePatch.read(patch)));
    }

    @GetMapping
    @Operation(summary = "Search the profiles by a part of an e-mail or display name (ADMIN)")
    @ApiResponse(responseCode = "200", description = "A page of profiles, by e-mail")
    @ApiResponse(responseCode = "403", description = "FORBIDDEN: the caller is not an ADMIN")
    PageResponse<ProfileResponse> search(
            @Parameter(description = "Text searched in e-mails and display names, any case")
                    @RequestParam(required = false)
                    @Size(max = 100)
                    @Nullable
                    String query,
            @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000)
                    int page,
            @Parameter(description = "Page size, at most 100") @RequestParam(defaultValue = "20") @Min(1) @Max(100)
                    int size) {
        ProfilePage found = searchProfiles.search(query, page, size);
        return PageResponse.of(
                found.items().stream().map(ProfileResponse::of).toList(),
                found.page(),
                found.size(),
                found.totalItems());
    }

    @GetMapping("/{id}")
    @Operation(summary = "A profile: anyone's for an ADMIN, one's own for a customer")
    @ApiResponse(responseCode = "200", description = "The profile")
    @ApiResponse(responseCode = "404", description = "USER_NOT_FOUND: none, or not yours")
    ResponseEntity<ProfileResponse> profile(@PathVariable UUID id, Authentication caller) {
        if (!AccessTokens.isAdmin(caller) && !id.toString().equals(caller.getName())) {
            throw new ProfileNotFound();
        }
        return versioned(viewProfile.of(id));
    }

    private static ResponseEntity<ProfileResponse> versioned(Profile profile) {
        return ResponseEntity.ok().eTag(EntityTags.of(profile.version())).body(ProfileResponse.of(profile));
    }
}
