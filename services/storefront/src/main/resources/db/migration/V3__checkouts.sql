-- Each checkout form sent, by the Idempotency-Key it carries: the order it placed, once it has. A form sent again (a
-- double click, a reload) finds that order instead of placing another.
CREATE TABLE checkouts (
    idempotency_key UUID PRIMARY KEY,
    customer VARCHAR(100) NOT NULL,
    order_id UUID,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
