-- Accounts, project membership, API tokens, browser sessions and the audit log.
CREATE SEQUENCE account_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE membership_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE api_token_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 50;

-- password_hash is a bcrypt modular-crypt string; the password itself is never stored.
CREATE TABLE account (
    id            BIGINT PRIMARY KEY,
    username      VARCHAR(64)  NOT NULL,
    password_hash VARCHAR(100) NOT NULL,
    admin         BOOLEAN      NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT account_username UNIQUE (username)
);

-- A user's role in one project: EDITOR (review and edit) or VIEWER (read and export). Admins need no row.
CREATE TABLE membership (
    id          BIGINT PRIMARY KEY,
    project_id  BIGINT      NOT NULL REFERENCES project (id),
    account_id  BIGINT      NOT NULL REFERENCES account (id),
    role        VARCHAR(10) NOT NULL,
    CONSTRAINT membership_unique UNIQUE (project_id, account_id)
);
CREATE INDEX membership_account ON membership (account_id);

-- Personal API tokens. Only the SHA-256 of a token is kept: tokens are 256-bit random, so a fast hash suffices.
CREATE TABLE api_token (
    id           BIGINT PRIMARY KEY,
    account_id   BIGINT       NOT NULL REFERENCES account (id),
    name         VARCHAR(100) NOT NULL,
    token_hash   VARCHAR(64)  NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT api_token_hash UNIQUE (token_hash)
);
CREATE INDEX api_token_account ON api_token (account_id);

-- Signed-in browsers. id is the SHA-256 of the cookie value, so a copy of the database does not let anyone in.
CREATE TABLE web_session (
    id           VARCHAR(64) PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account (id),
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX web_session_account ON web_session (account_id);

-- Who did what, when. username is kept as text so events outlive the account (and record failed sign-ins).
CREATE TABLE audit_event (
    id         BIGINT PRIMARY KEY,
    at         TIMESTAMP WITH TIME ZONE NOT NULL,
    username   VARCHAR(64)  NOT NULL,
    action     VARCHAR(40)  NOT NULL,
    target     VARCHAR(200) NOT NULL,
    detail     VARCHAR(1000) NOT NULL,
    address    VARCHAR(64)  NOT NULL
);
CREATE INDEX audit_event_at ON audit_event (at);
