-- QA flags are stored as codes only: one bit per kind (QaCode: empty-source 1, empty-target 2, numbers 4, length 8,
-- untranslated 16, brackets 32). Their messages are made again from the pair's texts when it is shown, so the filter
-- is an exact test of a bit instead of a LIKE over the text.
ALTER TABLE sentence_pair ADD COLUMN flag_mask INTEGER DEFAULT 0 NOT NULL;

-- The old column held a line per flag, "code<TAB>message": a code is the start of a line, up to the tab.
UPDATE sentence_pair SET flag_mask =
      CASE WHEN (CHR(10) || flags) LIKE ('%' || CHR(10) || 'empty-source' || CHR(9) || '%') THEN 1 ELSE 0 END
    + CASE WHEN (CHR(10) || flags) LIKE ('%' || CHR(10) || 'empty-target' || CHR(9) || '%') THEN 2 ELSE 0 END
    + CASE WHEN (CHR(10) || flags) LIKE ('%' || CHR(10) || 'numbers' || CHR(9) || '%') THEN 4 ELSE 0 END
    + CASE WHEN (CHR(10) || flags) LIKE ('%' || CHR(10) || 'length' || CHR(9) || '%') THEN 8 ELSE 0 END
    + CASE WHEN (CHR(10) || flags) LIKE ('%' || CHR(10) || 'untranslated' || CHR(9) || '%') THEN 16 ELSE 0 END
    + CASE WHEN (CHR(10) || flags) LIKE ('%' || CHR(10) || 'brackets' || CHR(9) || '%') THEN 32 ELSE 0 END
WHERE flags <> '';

ALTER TABLE sentence_pair DROP COLUMN flags;
