-- Which transaction held an effect, and which trace it ran in: what the tests of a poll's handling look at.
ALTER TABLE effects ADD COLUMN transaction_label VARCHAR(40);
ALTER TABLE effects ADD COLUMN trace_id VARCHAR(40);
