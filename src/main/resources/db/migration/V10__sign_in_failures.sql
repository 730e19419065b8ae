-- Recent wrong passwords, per username and per address, in the database so that every instance behind a load
-- balancer sees the same lock. throttle_key is the SHA-256 of "user:<name>" or "address:<ip>": a name typed into
-- the wrong field (a password, often) is not kept in clear.
CREATE TABLE sign_in_failure (
    throttle_key VARCHAR(64) PRIMARY KEY,
    failures     INTEGER NOT NULL,
    last_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    locked_until TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX sign_in_failure_last ON sign_in_failure (last_at);
