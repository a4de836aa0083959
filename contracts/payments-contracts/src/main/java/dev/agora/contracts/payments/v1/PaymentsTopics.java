package dev.agora.contracts.payments.v1;

/** Payments' topics: the commands it accepts and the events it publishes (docs/events.md). */
public final class PaymentsTopics {

    /** {@code AuthorizePayment}, {@code VoidPayment}, keyed by order id. */
    public static final String COMMANDS = "payments.commands.v1";

    /** What became of each command, keyed by order id. */
    public static final String EVENTS = "payments.events.v1";

    private PaymentsTopics() {}
}
