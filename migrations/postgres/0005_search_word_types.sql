-- A document's collection (statement, source, …) a lexeme of its words (src/db/postgres/words.ts:
-- typeLexemeOf), so that a search of one collection asks the word index for it with its words.
-- Every document's words are written again, in batches, before this migration commits (as 0003's
-- and 0004's were).
UPDATE "search_index" SET "words" = NULL;
