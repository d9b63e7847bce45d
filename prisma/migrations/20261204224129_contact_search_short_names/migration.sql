-- AlterTable
ALTER TABLE "Organization" ADD COLUMN     "nameKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- AlterTable
ALTER TABLE "Person" ADD COLUMN     "nameKeys" TEXT[] DEFAULT ARRAY[]::TEXT[];

-- CreateIndex
CREATE INDEX "Organization_nameKeys_idx" ON "Organization" USING GIN ("nameKeys");

-- CreateIndex
CREATE INDEX "Person_nameKeys_idx" ON "Person" USING GIN ("nameKeys");


-- One typo in a short name (SPEC 2: "tolerates small typos"). Trigrams cannot tell
-- "Bergh" or "Åbreg" from noise, so short names get a symmetric-deletion index
-- instead: two words one edit apart (a letter wrong, added, missing, or two letters
-- swapped) always share a key, where a word's keys are the word itself and the
-- word with any one letter left out, marked with "~" and the (0-based) place of the
-- letter: "~2:beg" for "berg". The place keeps words that differ in two places
-- (Öberg and "Bergx") from sharing a key.

-- The words of a name are normalised like searchText and split at white space and
-- punctuation (ASCII, plus the typographic quotes of names like O’Brien). Typed
-- words of 3–5 letters are matched against name words of 2–6 letters: such words
-- are kept as they are (so a match can be checked against the word itself), and
-- each with one letter left out, marked "~<place>:", down to two letters.
-- PL/pgSQL: it runs for every saved contact (imports too), several times faster
-- than the same in set-based SQL.
CREATE OR REPLACE FUNCTION touchbase_name_keys(value text) RETURNS text[]
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE
  AS $$
  DECLARE
    word text;
    size int;
    keys text[] := '{}';
  BEGIN
    FOREACH word IN ARRAY regexp_split_to_array(touchbase_normalize(value), '[[:space:][:punct:]’‘´`“”«»]+') LOOP
      size := char_length(word);
      CONTINUE WHEN size < 2 OR size > 6;
      keys := keys || word;
      CONTINUE WHEN size < 3;
      FOR i IN 1..size LOOP
        keys := keys || ('~' || (i - 1) || ':' || left(word, i - 1) || substr(word, i + 1));
      END LOOP;
    END LOOP;
    RETURN keys;
  END
  $$;

CREATE OR REPLACE FUNCTION touchbase_person_search_text() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW."searchText" := concat_ws(' ',
      touchbase_normalize(NEW."name"),
      touchbase_normalize(NEW."email"),
      touchbase_phone_keys(NEW."phone"),
      touchbase_normalize(NEW."externalId"));
    NEW."nameKeys" := touchbase_name_keys(NEW."name");
    RETURN NEW;
  END
  $$;

CREATE OR REPLACE FUNCTION touchbase_organization_search_text() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
  BEGIN
    NEW."searchText" := concat_ws(' ',
      touchbase_normalize(NEW."name"),
      touchbase_normalize(NEW."email"),
      touchbase_phone_keys(NEW."phone"),
      regexp_replace(coalesce(NEW."orgNumber", ''), '[^0-9]', '', 'g'),
      touchbase_normalize(NEW."externalId"));
    NEW."nameKeys" := touchbase_name_keys(NEW."name");
    RETURN NEW;
  END
  $$;

-- Contacts saved before this migration.
UPDATE "Person" SET "nameKeys" = touchbase_name_keys("name");
UPDATE "Organization" SET "nameKeys" = touchbase_name_keys("name");
