-- How each side's line breaks were read when the document was split into sentences (LineBreakReading.codeOf:
-- none, line-paragraphs, blank-lines, joined, sentence-lines, units), so that the pages can say it without reading
-- the texts again. Null for documents imported before this column: their reading is derived from the kept texts.
ALTER TABLE document ADD COLUMN source_line_breaks VARCHAR(16);
ALTER TABLE document ADD COLUMN target_line_breaks VARCHAR(16);
