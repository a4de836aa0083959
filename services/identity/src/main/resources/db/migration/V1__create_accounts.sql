-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
CREATE TABLE accounts (
    id             UUID          PRIMARY KEY,
    email          VARCHAR(254)  NOT NULL UNIQUE,
    name           VARCHAR(100)  NOT NULL,
    password_hash  VARCHAR(200)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL
);

CREATE TABLE account_roles (
    account_id  UUID         NOT NULL REFERENCES accounts (id) ON DELETE CASCADE,
    role        VARCHAR(20)  NOT NULL,
    PRIMARY KEY (account_id, role)
);
