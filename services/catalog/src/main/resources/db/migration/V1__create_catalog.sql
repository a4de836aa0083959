-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
CREATE TABLE categories (
    slug        VARCHAR(40)  PRIMARY KEY,
    name        VARCHAR(80)  NOT NULL
);

CREATE TABLE products (
    id              UUID           PRIMARY KEY,
    sku             VARCHAR(40)    NOT NULL UNIQUE,
    name            VARCHAR(200)   NOT NULL,
    description     VARCHAR(2000)  NOT NULL,
    category        VARCHAR(40)    NOT NULL REFERENCES categories (slug),
    price_amount    NUMERIC(12, 2) NOT NULL CHECK (price_amount >= 0),
    price_currency  CHAR(3)        NOT NULL,
    image_url       VARCHAR(500)   NOT NULL,
    version         BIGINT         NOT NULL DEFAULT 1
);

CREATE INDEX products_category_idx ON products (category);
CREATE INDEX products_price_idx ON products (price_amount);
CREATE INDEX products_name_idx ON products (name);
