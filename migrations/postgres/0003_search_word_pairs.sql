-- Each pair of words that follow one another in a column is a lexeme of a document's words too
-- (src/db/postgres/words.ts), so that a phrase's documents are found in the word index by its pairs
-- rather than checked one by one. Every document's words are written again, by the write
-- transaction the start runs once the migrations are applied.
UPDATE "search_index" SET "words" = NULL;
