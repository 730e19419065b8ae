-- A pair's confidence is the aligner's estimate only; NULL means the aligner did not score the pair: a reviewer
-- made or changed it (merge, split, shift, edit …), or it came from a bilingual file (TMX, XLIFF). Until now such
-- pairs were stored at 1.0, so "confirm confident pairs" confirmed them unreviewed.
ALTER TABLE sentence_pair ALTER COLUMN confidence DROP NOT NULL;

-- Pairs of bilingual files were stored at a placeholder 1.0; realigned ones carry real estimates, below 1 in practice.
UPDATE sentence_pair SET confidence = NULL
WHERE confidence = 1.0 AND document_id IN (SELECT d.id FROM document d WHERE d.segmentation IN ('tmx', 'xliff'));

-- Pairs a reviewer's operation made got 1.0 and name that reviewer. An aligner estimate of exactly 1.0 on a pair a
-- reviewer then confirmed or rejected loses its number too: it was reviewed, so nothing is confirmed by mistake.
UPDATE sentence_pair SET confidence = NULL WHERE confidence = 1.0 AND changed_by IS NOT NULL;
