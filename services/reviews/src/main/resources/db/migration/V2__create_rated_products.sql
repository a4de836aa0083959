-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
-- One row per product that has had a review: locked by every change to that product's reviews, so that two changes
-- at once compute and publish its rating one after the other, the second seeing the first.
CREATE TABLE rated_products (
    product_id  UUID  PRIMARY KEY
);
