-- Runs on H2 (PostgreSQL mode) and on PostgreSQL alike.
-- The erasures customers asked for. The customer is kept only as a one-way key (SHA-256 of their account id): enough
-- to answer "how far is my erasure" and to open no profile for them again, not to say who they were.
CREATE TABLE erasures (
    id            UUID                     PRIMARY KEY,
    customer_key  CHAR(64)                 NOT NULL UNIQUE,
    requested_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    completed_at  TIMESTAMP WITH TIME ZONE
);

CREATE INDEX erasures_incomplete ON erasures (completed_at, requested_at);

-- Each participant's confirmation, once.
CREATE TABLE erasure_confirmations (
    erasure_id  UUID                     NOT NULL REFERENCES erasures (id),
    service     VARCHAR(40)              NOT NULL,
    erased_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (erasure_id, service)
);
