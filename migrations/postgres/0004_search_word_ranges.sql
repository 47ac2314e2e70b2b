-- The ranges of rowids each document is in, lexemes of its words (src/db/postgres/words.ts:
-- rangeLexemesOf), so that a search reads the word index within the newest ranges first rather
-- than every document that holds its words. Every document's words are written again, in
-- batches, before this migration commits (as 0003's were).
UPDATE "search_index" SET "words" = NULL;
