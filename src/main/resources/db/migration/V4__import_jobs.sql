-- Imports that run in the background (large documents, or asked for with Prefer: respond-async), and the
-- Idempotency-Key of every import that carried one, so that a retried request returns the first result.
CREATE SEQUENCE import_job_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE import_request_seq START WITH 1 INCREMENT BY 50;

-- state: QUEUED, RUNNING, DONE, FAILED or CANCELLED; progress in [0, 1]; document_ids: the documents it stored,
-- comma-separated; cancel_requested: set by DELETE /api/jobs/{id}, read by the instance that runs the job.
CREATE TABLE import_job (
    id               BIGINT PRIMARY KEY,
    project_id       BIGINT        NOT NULL REFERENCES project (id),
    username         VARCHAR(64)   NOT NULL,
    title            VARCHAR(300)  NOT NULL,
    state            VARCHAR(10)   NOT NULL,
    progress         DOUBLE PRECISION NOT NULL,
    message          VARCHAR(1000) NOT NULL,
    document_ids     VARCHAR(1000) NOT NULL,
    cancel_requested BOOLEAN       NOT NULL,
    created_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX import_job_project ON import_job (project_id);
CREATE INDEX import_job_state ON import_job (state);

-- One row per (user, Idempotency-Key), written in the transaction that stores the document (or creates the job),
-- so a key is recorded exactly when its import took effect. fingerprint: SHA-256 of the request's content, to
-- tell a retry from a different request that reuses the key.
CREATE TABLE import_request (
    id              BIGINT PRIMARY KEY,
    username        VARCHAR(64)  NOT NULL,
    idempotency_key VARCHAR(255) NOT NULL,
    project_id      BIGINT       NOT NULL REFERENCES project (id),
    fingerprint     VARCHAR(64)  NOT NULL,
    document_id     BIGINT,
    job_id          BIGINT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT import_request_key UNIQUE (username, idempotency_key)
);
CREATE INDEX import_request_project ON import_request (project_id);
