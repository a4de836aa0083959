package dev.agora.mobilebff.domain;

/** An amount as the services write it: a decimal string (never a float) and its ISO 4217 currency. */
public record Money(String amount, String currency) {}
