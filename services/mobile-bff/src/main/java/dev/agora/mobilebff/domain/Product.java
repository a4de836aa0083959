package dev.agora.mobilebff.domain;

import java.util.UUID;

/** A product of the catalogue, as a phone lists and shows it. */
public record Product(UUID id, String name, String description, String category, Money price) {}
