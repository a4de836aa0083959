package dev.agora.platform.problem;

/** One entry of the {@code errors} array of a {@code VALIDATION_FAILED} problem. */
public record InvalidField(String field, String message) {}
