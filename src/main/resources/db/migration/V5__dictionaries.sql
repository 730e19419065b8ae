-- A dictionary uploaded to a project is a thing of its own, listed and removed as a whole; its entries point to it.
-- format: tsv, cedict or dictd; origin: the file name; entries: how many were stored; skipped: how many the
-- upload left out (malformed lines, an empty side, too long); reversed: the file ran from the project's target
-- language to its source, and its entries were stored turned round. uploaded_by is null for dictionaries uploaded
-- before this migration whose upload the audit log does not name.
-- Ids come from lexicon_entry_seq, so this migration can give each dictionary it makes the id of its first entry
-- (an id that sequence already handed out, and will never hand out again) on H2 and PostgreSQL alike.
CREATE TABLE dictionary (
    id          BIGINT PRIMARY KEY,
    project_id  BIGINT       NOT NULL REFERENCES project (id),
    format      VARCHAR(10)  NOT NULL,
    origin      VARCHAR(200) NOT NULL,
    entries     INTEGER      NOT NULL,
    skipped     INTEGER      NOT NULL,
    reversed    BOOLEAN      NOT NULL,
    uploaded_by VARCHAR(64),
    uploaded_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dictionary_project ON dictionary (project_id);

-- Entries uploaded before: one dictionary per (project, origin), its uploader and time from the audit log
-- ("dictionary-upload", "project <id>", "<format> <origin>, <n> entries") where it has them.
INSERT INTO dictionary (id, project_id, format, origin, entries, skipped, reversed, uploaded_by, uploaded_at)
SELECT MIN(e.id), e.project_id,
       CASE WHEN LOWER(e.origin) LIKE '%.index' THEN 'dictd'
            WHEN LOWER(e.origin) LIKE '%cedict%' THEN 'cedict'
            ELSE 'tsv' END,
       e.origin, COUNT(*), 0, FALSE,
       (SELECT MIN(a.username) FROM audit_event a
        WHERE a.action = 'dictionary-upload' AND a.target = CONCAT('project ', CAST(e.project_id AS VARCHAR(20)))
          AND a.detail LIKE CONCAT('% ', e.origin, ', %')),
       COALESCE((SELECT MIN(a.at) FROM audit_event a
                 WHERE a.action = 'dictionary-upload'
                   AND a.target = CONCAT('project ', CAST(e.project_id AS VARCHAR(20)))
                   AND a.detail LIKE CONCAT('% ', e.origin, ', %')), CURRENT_TIMESTAMP)
FROM lexicon_entry e
GROUP BY e.project_id, e.origin;

ALTER TABLE lexicon_entry ADD COLUMN dictionary_id BIGINT REFERENCES dictionary (id);
UPDATE lexicon_entry SET dictionary_id = (
    SELECT d.id FROM dictionary d WHERE d.project_id = lexicon_entry.project_id AND d.origin = lexicon_entry.origin);
ALTER TABLE lexicon_entry ALTER COLUMN dictionary_id SET NOT NULL;
CREATE INDEX lexicon_entry_dictionary ON lexicon_entry (dictionary_id);
-- The file name is the dictionary's now.
ALTER TABLE lexicon_entry DROP COLUMN origin;
