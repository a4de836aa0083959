-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
-- A customer's profile, keyed by their account id (the `sub` of their tokens). E-mail and display name come from
-- identity's AccountOpened; they are empty while a profile opened at the customer's first request waits for it.
CREATE TABLE profiles (
    customer_id            UUID          PRIMARY KEY,
    email                  VARCHAR(254),
    display_name           VARCHAR(100),
    locale                 VARCHAR(35)   NOT NULL,
    order_updates_by_mail  BOOLEAN       NOT NULL,
    offers_by_mail         BOOLEAN       NOT NULL,
    version                BIGINT        NOT NULL,
    created_at             TIMESTAMP     NOT NULL,
    updated_at             TIMESTAMP     NOT NULL
);

CREATE INDEX profiles_by_email ON profiles (email);

CREATE TABLE addresses (
    id           UUID          PRIMARY KEY,
    customer_id  UUID          NOT NULL REFERENCES profiles (customer_id) ON DELETE CASCADE,
    label        VARCHAR(40),
    recipient    VARCHAR(100)  NOT NULL,
    line1        VARCHAR(200)  NOT NULL,
    line2        VARCHAR(200),
    postal_code  VARCHAR(12)   NOT NULL,
    city         VARCHAR(100)  NOT NULL,
    country      CHAR(2)       NOT NULL,
    is_default   BOOLEAN       NOT NULL,
    version      BIGINT        NOT NULL,
    created_at   TIMESTAMP     NOT NULL
);

CREATE INDEX addresses_by_customer ON addresses (customer_id, created_at);
