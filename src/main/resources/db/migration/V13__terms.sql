-- A translator's decision on a term candidate of a project (issue 15). Candidates are found again from the pairs on
-- request; a decision is kept per project and term pair, keyed on both sides' normal forms (NFKC, lower case, single
-- spaces), so it holds whichever spelling comes back. term_id is the candidate's stable id (53 bits of the SHA-256 of
-- the two normal forms), by which the API and the pages name it. decision: ACCEPTED or REJECTED. frequency and
-- examples are those of the candidate when decided, kept for a term whose pairs have changed since.
CREATE SEQUENCE term_decision_seq START WITH 1 INCREMENT BY 50;
CREATE TABLE term_decision (
    id          BIGINT PRIMARY KEY,
    project_id  BIGINT       NOT NULL REFERENCES project (id),
    term_id     BIGINT       NOT NULL,
    source      VARCHAR(200) NOT NULL,
    target      VARCHAR(200) NOT NULL,
    source_key  VARCHAR(200) NOT NULL,
    target_key  VARCHAR(200) NOT NULL,
    decision    VARCHAR(10)  NOT NULL,
    frequency   INTEGER      NOT NULL,
    examples    VARCHAR(200) NOT NULL,
    decided_by  VARCHAR(64),
    decided_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT term_decision_terms UNIQUE (project_id, source_key, target_key),
    CONSTRAINT term_decision_id UNIQUE (project_id, term_id)
);
