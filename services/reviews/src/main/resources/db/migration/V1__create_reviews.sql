-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
-- A customer's review of a product they bought: one per customer and product. The author is their account id, or
-- `erased-<erasure id>` once they asked to be erased (the review stays, "by a former customer").
CREATE TABLE reviews (
    id          UUID                     PRIMARY KEY,
    product_id  UUID                     NOT NULL,
    author_id   VARCHAR(100)             NOT NULL,
    rating      SMALLINT                 NOT NULL CHECK (rating BETWEEN 1 AND 5),
    title       VARCHAR(120)             NOT NULL,
    body        VARCHAR(4000)            NOT NULL,
    hidden      BOOLEAN                  NOT NULL,
    version     BIGINT                   NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT one_review_per_customer_and_product UNIQUE (product_id, author_id)
);

CREATE INDEX reviews_of_product ON reviews (product_id, hidden, created_at DESC);
CREATE INDEX reviews_by_author ON reviews (author_id);

-- Who bought what, learnt from orders.events.v1: an order's products until it is confirmed (or cancelled), then the
-- purchase, which is what allows a review.
CREATE TABLE placed_orders (
    order_id     UUID          NOT NULL,
    product_id   UUID          NOT NULL,
    customer_id  VARCHAR(100)  NOT NULL,
    PRIMARY KEY (order_id, product_id)
);

CREATE TABLE purchases (
    customer_id  VARCHAR(100)  NOT NULL,
    product_id   UUID          NOT NULL,
    PRIMARY KEY (customer_id, product_id)
);

-- The names reviews are signed with, from users' DisplayNameChanged.
CREATE TABLE authors (
    customer_id   VARCHAR(100)             PRIMARY KEY,
    display_name  VARCHAR(100)             NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
