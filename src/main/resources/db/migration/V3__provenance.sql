-- Provenance, for the TMX export's creationid/creationdate and changeid/changedate: who imported a document (its
-- created_at says when), and per pair who last acted on it as a reviewer and when (null until a reviewer touches it).
ALTER TABLE document ADD COLUMN created_by VARCHAR(64);
ALTER TABLE sentence_pair ADD COLUMN changed_by VARCHAR(64);
ALTER TABLE sentence_pair ADD COLUMN changed_at TIMESTAMP WITH TIME ZONE;

-- Documents imported before this migration: the importer is in the audit log ("document-import", "document <id>").
UPDATE document SET created_by = (
    SELECT MIN(a.username) FROM audit_event a
    WHERE a.action = 'document-import' AND a.target = CONCAT('document ', CAST(document.id AS VARCHAR(20))));
