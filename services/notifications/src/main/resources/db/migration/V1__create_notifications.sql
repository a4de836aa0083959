-- One notification per order event: the unique key (order_id, kind) refuses a second one, whatever is redelivered.
CREATE TABLE notifications (
    id          UUID                     PRIMARY KEY,
    customer_id VARCHAR(100)             NOT NULL,
    order_id    UUID                     NOT NULL,
    kind        VARCHAR(32)              NOT NULL,
    subject     VARCHAR(200)             NOT NULL,
    message     VARCHAR(1000)            NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT one_notification_per_order_event UNIQUE (order_id, kind)
);
CREATE INDEX notifications_by_customer ON notifications (customer_id, created_at DESC);
