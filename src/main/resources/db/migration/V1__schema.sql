-- Tandem schema. Text columns are unbounded VARCHAR (H2 and PostgreSQL both accept it);
-- lengths are enforced by the application, where the error can say what is wrong.
-- Deleting a project or document deletes everything that belongs to it (ON DELETE CASCADE), in the database,
-- so a 20,000-pair document goes in one statement.
CREATE SEQUENCE project_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE document_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sentence_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE sentence_pair_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE edit_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE lexicon_entry_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE document_text_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE project (
    id              BIGINT PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    source_language VARCHAR(35)  NOT NULL,
    target_language VARCHAR(35)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE TABLE document (
    id            BIGINT PRIMARY KEY,
    project_id    BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    title         VARCHAR(300) NOT NULL,
    segmentation  VARCHAR(10)  NOT NULL,
    version       BIGINT       NOT NULL,
    -- total target characters / total source characters: the document's own norm for the length QA check
    length_ratio  DOUBLE PRECISION NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX document_project ON document (project_id);

-- The original texts, verbatim, apart from the document row: that row is locked and updated by every edit and
-- checked by every sentence insert, so it stays small.
CREATE TABLE document_text (
    id           BIGINT PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    side         VARCHAR(6)  NOT NULL,
    text         VARCHAR     NOT NULL,
    CONSTRAINT document_text_side UNIQUE (document_id, side)
);

-- One sentence of one side. ord orders the sentences of a side: sparse keys (gaps between neighbours), so inserting
-- or removing sentences touches only those rows; a sentence's 0-based index is the number of keys below its own.
-- [start_offset, end_offset) is its span in the document's original text, paragraph the 0-based paragraph.
CREATE TABLE sentence (
    id           BIGINT PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    side         VARCHAR(6)  NOT NULL,
    ord          BIGINT      NOT NULL,
    paragraph    INTEGER     NOT NULL,
    start_offset INTEGER     NOT NULL,
    end_offset   INTEGER     NOT NULL,
    text         VARCHAR     NOT NULL
);
CREATE INDEX sentence_order ON sentence (document_id, side, ord);

-- A pair covers the source sentences with keys in [source_from, source_to) (source_count of them), likewise the
-- target. The ranges of consecutive pairs tile each side's key space (one pair's _to is the next one's _from), so a
-- change rewrites only the pairs and sentences of its window. ord orders the pairs (sparse keys, like sentence.ord);
-- a pair's 0-based position is the number of keys below its own.
CREATE TABLE sentence_pair (
    id           BIGINT PRIMARY KEY,
    document_id  BIGINT      NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    ord          BIGINT      NOT NULL,
    source_from  BIGINT      NOT NULL,
    source_to    BIGINT      NOT NULL,
    source_count INTEGER     NOT NULL,
    target_from  BIGINT      NOT NULL,
    target_to    BIGINT      NOT NULL,
    target_count INTEGER     NOT NULL,
    status       VARCHAR(10) NOT NULL,
    confidence   DOUBLE PRECISION NOT NULL,
    -- QA flags, one per line: code, a tab, the message that says why
    flags        VARCHAR     NOT NULL
);
CREATE INDEX sentence_pair_order ON sentence_pair (document_id, ord);
CREATE INDEX sentence_pair_status ON sentence_pair (document_id, status, ord);
CREATE INDEX sentence_pair_source ON sentence_pair (document_id, source_to);
CREATE INDEX sentence_pair_target ON sentence_pair (document_id, target_to);

-- Every review operation, undo and redo of a document. change_data holds what the operation replaced and
-- what it put instead (JSON), so it can be undone and redone exactly; version is the document version it made.
CREATE TABLE edit (
    id             BIGINT PRIMARY KEY,
    document_id    BIGINT       NOT NULL REFERENCES document (id) ON DELETE CASCADE,
    version        BIGINT       NOT NULL,
    username       VARCHAR(100) NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    operation      VARCHAR(30)  NOT NULL,
    params         VARCHAR      NOT NULL,
    state          VARCHAR(10)  NOT NULL,
    target_edit_id BIGINT,
    summary        VARCHAR(500) NOT NULL,
    change_data    VARCHAR      NOT NULL
);
CREATE INDEX edit_document ON edit (document_id, version);

-- Word translations a project's alignments may use: from uploaded bilingual dictionaries.
CREATE TABLE lexicon_entry (
    id          BIGINT PRIMARY KEY,
    project_id  BIGINT       NOT NULL REFERENCES project (id) ON DELETE CASCADE,
    source      VARCHAR(200) NOT NULL,
    target      VARCHAR(200) NOT NULL,
    origin      VARCHAR(200) NOT NULL
);
CREATE INDEX lexicon_entry_project ON lexicon_entry (project_id);
