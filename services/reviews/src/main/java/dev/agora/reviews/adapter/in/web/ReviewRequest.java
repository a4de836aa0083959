package dev.agora.reviews.adapter.in.web;

import dev.agora.reviews.domain.ReviewContent;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A review as a customer writes it; every field is required. */
@Schema(example = """
        {"rating": 5, "title": "Warm light, sturdy base", "text": "Bought two for the reading corner."}""")
record ReviewRequest(
        @NotNull @Min(1) @Max(5) Integer rating,
        @NotBlank @Size(max = ReviewContent.MAX_TITLE) String title,
        @NotBlank @Size(max = ReviewContent.MAX_TEXT) String text) {

    ReviewContent toContent() {
        return new ReviewContent(rating, title, text);
    }
}
