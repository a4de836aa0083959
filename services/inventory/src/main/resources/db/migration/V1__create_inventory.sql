-- Stock per product: units free to reserve, held for orders, and sold. initial = available + reserved + sold.
CREATE TABLE stock_levels (
    product_id UUID    PRIMARY KEY,
    available  INTEGER NOT NULL CHECK (available >= 0),
    reserved   INTEGER NOT NULL CHECK (reserved >= 0),
    sold       INTEGER NOT NULL CHECK (sold >= 0)
);

-- One reservation per order, whatever happened to it, so that every command is answered the same way twice.
CREATE TABLE reservations (
    order_id   UUID                     PRIMARY KEY,
    status     VARCHAR(16)              NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX reservations_held ON reservations (status, expires_at);

CREATE TABLE reservation_lines (
    order_id   UUID    NOT NULL REFERENCES reservations (order_id),
    product_id UUID    NOT NULL,
    quantity   INTEGER NOT NULL CHECK (quantity > 0),
    -- Set on the lines that lacked units, when the reservation was rejected.
    unavailable BOOLEAN NOT NULL DEFAULT FALSE,
    PRIMARY KEY (order_id, product_id)
);
