-- The search totals (search_totals: documents, and words in titles and bodies) kept once a
-- statement rather than once a row. A row trigger updated the one row of search_totals for each
-- document written, and within one transaction every earlier version of that row stays until it
-- commits, so each update read all the ones before it: indexing 1M documents in one transaction
-- (an import, the words of a copied base) did not finish in 20 minutes. A statement's documents
-- now count in one update, from its transition tables.
DROP TRIGGER "search_index_totals" ON "search_index";
--> statement-breakpoint
DROP FUNCTION "search_index_totals"();
--> statement-breakpoint
CREATE FUNCTION "search_index_totals"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    UPDATE search_totals SET documents = documents + d.n, title_words = title_words + d.t, body_words = body_words + d.b
      FROM (SELECT count(*) AS n, coalesce(sum(title_size), 0) AS t, coalesce(sum(body_size), 0) AS b FROM new_rows) AS d
      WHERE d.n > 0;
  ELSIF TG_OP = 'DELETE' THEN
    UPDATE search_totals SET documents = documents - d.n, title_words = title_words - d.t, body_words = body_words - d.b
      FROM (SELECT count(*) AS n, coalesce(sum(title_size), 0) AS t, coalesce(sum(body_size), 0) AS b FROM old_rows) AS d
      WHERE d.n > 0;
  ELSE
    UPDATE search_totals SET title_words = title_words + d.t, body_words = body_words + d.b
      FROM (SELECT (SELECT coalesce(sum(title_size), 0) FROM new_rows) - (SELECT coalesce(sum(title_size), 0) FROM old_rows) AS t,
                   (SELECT coalesce(sum(body_size), 0) FROM new_rows) - (SELECT coalesce(sum(body_size), 0) FROM old_rows) AS b) AS d
      WHERE d.t <> 0 OR d.b <> 0;
  END IF;
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER "search_index_totals_insert" AFTER INSERT ON "search_index" REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_index_totals"();
--> statement-breakpoint
CREATE TRIGGER "search_index_totals_delete" AFTER DELETE ON "search_index" REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_index_totals"();
--> statement-breakpoint
CREATE TRIGGER "search_index_totals_update" AFTER UPDATE ON "search_index" REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "search_index_totals"();
