-- Batch imports (POST /api/projects/{id}/batches): one row per pair of the batch, and per file that paired with
-- nothing, under the import_job that runs them. state: PENDING, IMPORTED, REFUSED or CANCELLED; reason: why a pair
-- was refused (or a file left out); document_id: the document an imported pair became (not a foreign key: the
-- document may be deleted later, the job's record of it stays). ord: the pair's place in the job's list.
CREATE SEQUENCE import_job_item_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE import_job_item (
    id          BIGINT PRIMARY KEY,
    job_id      BIGINT        NOT NULL REFERENCES import_job (id) ON DELETE CASCADE,
    ord         INTEGER       NOT NULL,
    source      VARCHAR(255),
    target      VARCHAR(255),
    title       VARCHAR(300),
    state       VARCHAR(10)   NOT NULL,
    reason      VARCHAR(1000),
    document_id BIGINT
);
CREATE INDEX import_job_item_job ON import_job_item (job_id, ord);
