-- The contact search finds rows by "searchText" through its trigram index only (its
-- statements switch table and b-tree scans off), so this column's statistics cannot
-- change those plans. Planning them, though, tests each of the search's conditions on
-- the column (LIKE, and pg_trgm's <% through matchingsel) against every histogram
-- entry: with the default 100 entries that was about 0.8 ms a statement at 100,000
-- persons, most of a fuzzy step's time. With 10 the planner samples a few and falls
-- back to its default estimate. Prisma cannot describe statistics targets, so they
-- live only here; ANALYZE of the one column applies it at once.
ALTER TABLE "Person" ALTER COLUMN "searchText" SET STATISTICS 10;
ALTER TABLE "Organization" ALTER COLUMN "searchText" SET STATISTICS 10;
ANALYZE "Person" ("searchText");
ANALYZE "Organization" ("searchText");
