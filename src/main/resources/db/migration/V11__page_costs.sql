-- What keeps a page and an edit of a 110,000-pair document as quick as of a 1,600-pair one.

-- Every edit marks the document's undone edits discarded (a new edit ends the redo history); without this index that
-- statement read all of a document's edits, so an edit grew slower with every edit before it.
CREATE INDEX edit_state ON edit (document_id, state);

-- The version of a document's layout (which sentences and pairs it has, and their keys), bumped by every change to it:
-- each instance keeps the ranks of a layout in memory and knows from this when they are stale.
ALTER TABLE document ADD COLUMN layout_version BIGINT DEFAULT 0 NOT NULL;
