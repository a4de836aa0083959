-- The platform's idempotency table, in each service's own database, with its own history table
-- (idempotency_schema_history), so it evolves apart from the service's migrations. H2 (PostgreSQL mode) and PostgreSQL.

-- One row per Idempotency-Key a caller sent with a creating request: claimed (no status yet) while the request is
-- handled, then the answer it got, replayed to every retry. claim_token names the request holding the claim, so that
-- one taken over after the time-out can no longer answer.
CREATE TABLE idempotent_requests (
    caller          VARCHAR(255)             NOT NULL,
    idempotency_key VARCHAR(100)             NOT NULL,
    fingerprint     VARCHAR(64)              NOT NULL,
    claim_token     UUID                     NOT NULL,
    claimed_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    status          INTEGER,
    location        VARCHAR(2000),
    body            TEXT,
    answered_at     TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (caller, idempotency_key)
);
