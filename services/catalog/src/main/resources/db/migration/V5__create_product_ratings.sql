-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
-- Each product's rating as reviews tells it (reviews.events.v1): a projection, rebuilt by replaying the topic. Apart
-- from products, so that a rating neither moves a product's version nor waits for the product to exist.
CREATE TABLE product_ratings (
    product_id    UUID                     PRIMARY KEY,
    average       DECIMAL(2, 1)            NOT NULL,
    review_count  INTEGER                  NOT NULL,
    changed_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
