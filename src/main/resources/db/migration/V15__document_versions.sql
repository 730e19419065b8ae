-- Several translations of one original (issue 15). Every document now records the language of its translation,
-- which was the project's until now; a further translation of a document's original (a "version") is a document of
-- its own whose original_id names the document it was added to: its source sentences are copies of that document's,
-- so each translation is reviewed and corrected on its own while the original's segmentation is shared.
ALTER TABLE document ADD COLUMN target_language VARCHAR(35);
UPDATE document SET target_language = (SELECT p.target_language FROM project p WHERE p.id = document.project_id);
ALTER TABLE document ALTER COLUMN target_language SET NOT NULL;
ALTER TABLE document ADD COLUMN original_id BIGINT REFERENCES document (id);
CREATE INDEX document_original ON document (original_id);
