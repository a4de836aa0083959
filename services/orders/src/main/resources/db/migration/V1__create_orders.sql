-- The event store: each order is the stream of its events. The primary key (order_id, version) refuses a second writer
-- that read the same version: no event is ever lost or written twice.
CREATE TABLE order_events (
    order_id    UUID                     NOT NULL,
    version     INTEGER                  NOT NULL,
    event_type  VARCHAR(40)              NOT NULL,
    data        TEXT                     NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (order_id, version)
);

-- One row per stream, holding its version: locked while an order changes, so that its answers apply one at a time.
CREATE TABLE order_streams (
    order_id   UUID                     PRIMARY KEY,
    version    INTEGER                  NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_streams_by_age ON order_streams (created_at, order_id);

-- The order each Idempotency-Key placed, per customer.
CREATE TABLE order_requests (
    customer_id     VARCHAR(100) NOT NULL,
    idempotency_key VARCHAR(100) NOT NULL,
    fingerprint     VARCHAR(64)  NOT NULL,
    order_id        UUID         NOT NULL,
    PRIMARY KEY (customer_id, idempotency_key)
);

-- When each running checkout expects its next answer; no row once the order has ended.
CREATE TABLE checkout_deadlines (
    order_id UUID                     PRIMARY KEY,
    due_at   TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX checkout_deadlines_due ON checkout_deadlines (due_at);

-- The read model (CQRS): one row per order, projected from its events; can be dropped and rebuilt from order_events.
CREATE TABLE order_history (
    order_id       UUID                     PRIMARY KEY,
    customer_id    VARCHAR(100)             NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    reason         VARCHAR(32),
    total_amount   DECIMAL(19, 4)           NOT NULL,
    total_currency CHAR(3)                  NOT NULL,
    item_count     INTEGER                  NOT NULL,
    placed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at     TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX order_history_by_customer ON order_history (customer_id, placed_at DESC);
