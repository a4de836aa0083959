-- The answers to POST /api/products under an Idempotency-Key are kept by the platform's idempotent_requests table now
-- (docs/adr/0020), applied beside these migrations. The keys kept here go with the table: a retry sent after the
-- upgrade for a product added before it is handled as a new request (and refused as SKU_EXISTS).
DROP TABLE idempotency_keys;
