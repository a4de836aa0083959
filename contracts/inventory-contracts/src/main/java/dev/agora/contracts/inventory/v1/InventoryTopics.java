package dev.agora.contracts.inventory.v1;

/** Inventory's topics: the commands it accepts and the events it publishes (docs/events.md). */
public final class InventoryTopics {

    /** {@code ReserveStock}, {@code CommitStock}, {@code ReleaseStock}, keyed by order id. */
    public static final String COMMANDS = "inventory.commands.v1";

    /** What became of each command, keyed by order id. */
    public static final String EVENTS = "inventory.events.v1";

    private InventoryTopics() {}
}
