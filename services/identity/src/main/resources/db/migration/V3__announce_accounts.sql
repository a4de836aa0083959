-- When identity told the other services (identity.events.v1) that the account was opened; NULL until then. Accounts
-- opened before identity published its accounts are announced at the next start.
ALTER TABLE accounts ADD COLUMN announced_at TIMESTAMP;
