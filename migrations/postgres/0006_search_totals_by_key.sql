-- The one row of search_totals found by its key. Each update of the row leaves its earlier
-- version behind, and within a transaction of many writes (an import) none can be cleared until
-- it commits, so the table grows to hundreds of pages while the row lives on one of them: read
-- and written without its key, every search and every write of a document scanned them all
-- (1.4 ms a search, at a base of 100,000 statements whose table had grown to 864 pages). The
-- search reads it by its key (repositories/search.ts); here, the trigger writes it by its key.
CREATE OR REPLACE FUNCTION "search_index_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE search_totals SET documents = documents + d.n, title_words = title_words + d.t, body_words = body_words + d.b
      FROM (SELECT count(*) AS n, coalesce(sum(title_size), 0) AS t, coalesce(sum(body_size), 0) AS b FROM new_rows) AS d
      WHERE search_totals.id = 1 AND d.n > 0;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE search_totals SET documents = documents - d.n, title_words = title_words - d.t, body_words = body_words - d.b
      FROM (SELECT count(*) AS n, coalesce(sum(title_size), 0) AS t, coalesce(sum(body_size), 0) AS b FROM old_rows) AS d
      WHERE search_totals.id = 1 AND d.n > 0;
  ELSE
    UPDATE search_totals SET title_words = title_words + d.t, body_words = body_words + d.b
      FROM (SELECT (SELECT coalesce(sum(title_size), 0) FROM new_rows) - (SELECT coalesce(sum(title_size), 0) FROM old_rows) AS t,
                   (SELECT coalesce(sum(body_size), 0) FROM new_rows) - (SELECT coalesce(sum(body_size), 0) FROM old_rows) AS b) AS d
      WHERE search_totals.id = 1 AND (d.t <> 0 OR d.b <> 0);
  END IF;
  RETURN NULL;
END
$$;
