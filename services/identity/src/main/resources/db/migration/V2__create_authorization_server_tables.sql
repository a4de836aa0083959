-- Spring Authorization Server's authorizations (codes, access and refresh tokens, consents), in the column types its
-- JDBC store accepts on both H2 and PostgreSQL: text for its serialized values, timestamps with time zone.
CREATE TABLE oauth2_authorization (
    id                            VARCHAR(100)  NOT NULL PRIMARY KEY,
    registered_client_id          VARCHAR(100)  NOT NULL,
    principal_name                VARCHAR(200)  NOT NULL,
    authorization_grant_type      VARCHAR(100)  NOT NULL,
    authorized_scopes             VARCHAR(1000) DEFAULT NULL,
    attributes                    TEXT          DEFAULT NULL,
    state                         VARCHAR(500)  DEFAULT NULL,
    authorization_code_value      TEXT          DEFAULT NULL,
    authorization_code_issued_at  TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    authorization_code_expires_at TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    authorization_code_metadata   TEXT          DEFAULT NULL,
    access_token_value            TEXT          DEFAULT NULL,
    access_token_issued_at        TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    access_token_expires_at       TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    access_token_metadata         TEXT          DEFAULT NULL,
    access_token_type             VARCHAR(100)  DEFAULT NULL,
    access_token_scopes           VARCHAR(1000) DEFAULT NULL,
    oidc_id_token_value           TEXT          DEFAULT NULL,
    oidc_id_token_issued_at       TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    oidc_id_token_expires_at      TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    oidc_id_token_metadata        TEXT          DEFAULT NULL,
    refresh_token_value           TEXT          DEFAULT NULL,
    refresh_token_issued_at       TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    refresh_token_expires_at      TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    refresh_token_metadata        TEXT          DEFAULT NULL,
    user_code_value               TEXT          DEFAULT NULL,
    user_code_issued_at           TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    user_code_expires_at          TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    user_code_metadata            TEXT          DEFAULT NULL,
    device_code_value             TEXT          DEFAULT NULL,
    device_code_issued_at         TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    device_code_expires_at        TIMESTAMP WITH TIME ZONE DEFAULT NULL,
    device_code_metadata          TEXT          DEFAULT NULL
);

-- A refresh token that was rotated away, so that its reuse is recognised and revokes its whole family. Only a hash is
-- kept: this table never holds a usable token.
CREATE TABLE used_refresh_tokens (
    token_hash        VARCHAR(64)   NOT NULL PRIMARY KEY,
    authorization_id  VARCHAR(100)  NOT NULL,
    used_at           TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The keys that sign access and ID tokens. The private key is encrypted with agora.identity.key-encryption-secret.
-- A retired key stays published until every token it signed has expired.
CREATE TABLE signing_keys (
    kid                    VARCHAR(64)   NOT NULL PRIMARY KEY,
    public_jwk             TEXT          NOT NULL,
    encrypted_private_jwk  TEXT          NOT NULL,
    salt                   VARCHAR(32)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    retired_at             TIMESTAMP WITH TIME ZONE DEFAULT NULL
);

-- Failed sign-ins per submitted e-mail (whether or not it has an account), for throttling.
CREATE TABLE failed_sign_ins (
    id         VARCHAR(36)   NOT NULL PRIMARY KEY,
    email      VARCHAR(254)  NOT NULL,
    failed_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX failed_sign_ins_by_email ON failed_sign_ins (email, failed_at);
