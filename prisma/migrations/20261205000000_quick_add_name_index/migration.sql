-- Quick add (`/activity ring Anna Berg imorgon …`) looks up every run of words in the
-- text at once: persons whose normalised name is the run, or starts or ends with it
-- as whole words. B-tree indexes on the normalised name and on its reverse answer
-- "is", "starts with" and "ends with" as index ranges (text_pattern_ops compares
-- byte-wise, so `>= 'anna '` and `< 'anna!'` bound every name starting "anna ").
-- Prisma cannot describe expression indexes, so they live only here.
CREATE INDEX "Person_normalizedName_idx"
  ON "Person" ("workspaceId", touchbase_normalize("name") text_pattern_ops);
CREATE INDEX "Person_reversedName_idx"
  ON "Person" ("workspaceId", reverse(touchbase_normalize("name")) text_pattern_ops);
