-- Tandem schema. Text columns are unbounded VARCHAR (H2 and PostgreSQL both accept it);
-- lengths are enforced by the application, where the error can say what is wrong.
CREATE SEQUENCE project_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sentence_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sentence_pair_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE project (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    source_language VARCHAR(35)  NOT NULL,
    target_language VARCHAR(35)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    id            BIGINT PRIMARY KEY,
    project_id    BIGINT       NOT NULL REFERENCES project (id),
    title         VARCHAR(300) NOT NULL,
    segmentation  VARCHAR(10)  NOT NULL,
    source_text   VARCHAR      NOT NULL,
    target_text   VARCHAR      NOT NULL,
    version       BIGINT       NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_project ON document (project_id);

-- One sentence of one side; idx is its 0-based position on that side, [start_offset, end_offset) its span
-- in the document's original text, paragraph the 0-based paragraph it belongs to.
CREATE TABLE sentence (
    id           BIGINT PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id),
    side         VARCHAR(6)  NOT NULL,
    idx          INTEGER     NOT NULL,
    paragraph    INTEGER     NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    text         VARCHAR     NOT NULL,
    CONSTRAINT sentence_position UNIQUE (document_id, side, idx)
);

-- A pair covers the source sentences [source_start, source_end) and target sentences [target_start, target_end).
CREATE TABLE sentence_pair (
    id           BIGINT PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id),
    position     INTEGER     NOT NULL,
    source_start INTEGER     NOT NULL,
    source_end   INTEGER     NOT NULL,
    target_start INTEGER     NOT NULL,
    target_end   INTEGER     NOT NULL,
    status       VARCHAR(10) NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    flags        VARCHAR(500) NOT NULL,
    CONSTRAINT sentence_pair_position UNIQUE (document_id, position)
);
