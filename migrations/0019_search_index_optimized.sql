-- The search index merged into one segment. FTS5 writes its index in segments, a new one
-- for each batch of inserts, and merges them only a few at a time, so an index built in bulk
-- (a rebuild, a large seed or import) keeps a dozen segments, and every term of a query is
-- looked up in each of them. A search looks up every form of each word (up to 40 terms a
-- word), so at 1M records a common word took 1.4–2.5 ms of lookups in 11 segments and
-- 0.2–0.5 ms in one. Writes through the API add small segments that FTS5's automatic merging
-- keeps few; bulk loads merge again when they finish (compactSearchIndex, src/db/setup.ts).
INSERT INTO `search_index` (`search_index`) VALUES ('optimize');
