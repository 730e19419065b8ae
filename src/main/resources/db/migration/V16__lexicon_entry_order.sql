-- A project archive reads a dictionary's entries a page at a time ("dictionary_id = ? and id > ? order by
-- dictionary_id, id"). With an index on dictionary_id alone, H2 read and sorted all the dictionary's remaining
-- entries for every page (297,271 rows scanned per page of CC-CEDICT: the archive ran past the transaction timeout);
-- on this index each page reads its 1,000 rows. lexicon_entry_dictionary stays: H2 holds its foreign key on it.
CREATE INDEX lexicon_entry_dictionary_order ON lexicon_entry (dictionary_id, id);
