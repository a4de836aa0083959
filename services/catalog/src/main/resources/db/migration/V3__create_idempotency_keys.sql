-- The answer to each POST that carried an Idempotency-Key, per caller, so that a retry gets the same answer and a
-- different request under the same key is refused. A row without a status is a request still being handled.
CREATE TABLE idempotency_keys (
    caller        VARCHAR(100)  NOT NULL,
    idem_key      VARCHAR(100)  NOT NULL,
    request_hash  VARCHAR(64)   NOT NULL,
    status        INTEGER       DEFAULT NULL,
    location      VARCHAR(500)  DEFAULT NULL,
    body          TEXT          DEFAULT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (caller, idem_key)
);
