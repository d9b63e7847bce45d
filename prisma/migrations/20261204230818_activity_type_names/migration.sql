-- Activity types get a name per language (issue 14). Every existing type keeps its
-- current name in both languages; a built-in type whose name is still the standard
-- one of its workspace's language also gets the other language's standard name,
-- unless another active type already carries that name there.
ALTER TABLE "ActivityType" ADD COLUMN "nameEn" TEXT, ADD COLUMN "nameSv" TEXT;

UPDATE "ActivityType" SET "nameEn" = "name", "nameSv" = "name";

CREATE TEMPORARY TABLE "_standard_type_names" (key TEXT PRIMARY KEY, en TEXT NOT NULL, sv TEXT NOT NULL);
INSERT INTO "_standard_type_names" (key, en, sv) VALUES
  ('INCOMING_CALL', 'Incoming call', 'Inkommande samtal'),
  ('OUTGOING_CALL', 'Outgoing call', 'Utgående samtal'),
  ('MEETING', 'Meeting', 'Möte'),
  ('EMAIL', 'E-mail', 'E-post'),
  ('SMS', 'SMS', 'SMS'),
  ('VISIT', 'Visit', 'Besök'),
  ('FOLLOW_UP', 'Follow-up', 'Uppföljning');

UPDATE "ActivityType" t SET "nameSv" = d.sv
FROM "Workspace" w, "_standard_type_names" d
WHERE w.id = t."workspaceId" AND w."defaultLocale" <> 'sv' AND t.key = d.key AND t."name" = d.en
  AND NOT EXISTS (
    SELECT 1 FROM "ActivityType" o
    WHERE o."workspaceId" = t."workspaceId" AND o.id <> t.id AND NOT o.archived
      AND lower(trim(o."name")) = lower(d.sv));

UPDATE "ActivityType" t SET "nameEn" = d.en
FROM "Workspace" w, "_standard_type_names" d
WHERE w.id = t."workspaceId" AND w."defaultLocale" = 'sv' AND t.key = d.key AND t."name" = d.sv
  AND NOT EXISTS (
    SELECT 1 FROM "ActivityType" o
    WHERE o."workspaceId" = t."workspaceId" AND o.id <> t.id AND NOT o.archived
      AND lower(trim(o."name")) = lower(d.en));

DROP TABLE "_standard_type_names";

ALTER TABLE "ActivityType" ALTER COLUMN "nameEn" SET NOT NULL, ALTER COLUMN "nameSv" SET NOT NULL;
ALTER TABLE "ActivityType" DROP COLUMN "name";
