-- A project's own sentence segmentation rules (issue 16): an SRX 2.0 document, stored as uploaded after it was
-- checked in full. A project without a row splits with Tandem's built-in segmenter. version grows with every
-- change, so that a server's cache of compiled rules knows when it is stale.
CREATE TABLE segmentation_rules (
    project_id BIGINT PRIMARY KEY REFERENCES project (id),
    srx        VARCHAR NOT NULL,
    version    BIGINT NOT NULL,
    updated_by VARCHAR(64),
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL
);
