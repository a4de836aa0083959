package dev.agora.inventory.domain;

/** Where an order's reservation stands; only a HELD one holds units. */
public enum ReservationStatus {
    /** The units are set aside for the order until it is confirmed, cancelled, or the reservation expires. */
    HELD,
    /** Nothing was held: some product lacked units. */
    REJECTED,
    /** The units went back to available (compensation, expiry) or nothing was ever held. */
    RELEASED,
    /** The units are sold. */
    COMMITTED
}
