package dev.agora.mobilebff.domain;

import java.time.Instant;
import java.util.UUID;

/** A customer's review of a product, signed with the name they show now ("a former customer" once erased). */
public record Review(UUID id, int rating, String title, String text, String author, Instant createdAt) {}
