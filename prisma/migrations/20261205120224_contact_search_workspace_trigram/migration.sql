-- The contact search's trigram index starts with the workspace (issue 12). With
-- "searchText" alone, a search read every contact of every workspace that matched
-- and dropped the other workspaces' afterwards: at 1 M activities a common surname
-- ("Lindqvist") has about 2,700 namesakes in the benchmark's workspace and as many
-- in the others, so half the rows read were thrown away. btree_gin lets a GIN
-- index hold the workspace beside the trigrams, so the index scan itself keeps
-- only the workspace's rows.
--
-- The workspace column is the id as bigint, an expression no b-tree index has: the
-- search names it (`"workspaceId"::bigint = …`) so that only this index can answer
-- it. With the plain column, every b-tree starting with "workspaceId" competes, and
-- the planner, whose trigram estimates are pessimistic (more so while the GIN
-- pending list holds recent inserts), then read a whole single-workspace register
-- through a b-tree and tested every contact. Prisma cannot describe an expression
-- index, so schema.prisma only mentions it and it lives here.

-- CreateExtension
CREATE EXTENSION IF NOT EXISTS "btree_gin";

-- DropIndex
DROP INDEX "Organization_searchText_idx";

-- DropIndex
DROP INDEX "Person_searchText_idx";

CREATE INDEX "Person_workspace_searchText_idx"
  ON "Person" USING GIN (("workspaceId"::bigint), "searchText" gin_trgm_ops);
CREATE INDEX "Organization_workspace_searchText_idx"
  ON "Organization" USING GIN (("workspaceId"::bigint), "searchText" gin_trgm_ops);
