-- The API finds a person by phone (POST /messages, /activities, /messages/batch): the
-- number's digits must be one of touchbase_phone_keys(phone), its national 0… or +46…
-- form. The trigram index on searchText narrowed that only to the persons sharing its
-- digit trigrams, which at 100,000 persons costs milliseconds a number (seconds for a
-- batch of SMS). This index answers "is this key one of the phone's keys" exactly.
-- Prisma cannot describe expression indexes, so it lives only here.
CREATE INDEX "Person_phoneKeys_idx"
  ON "Person" USING GIN (string_to_array(touchbase_phone_keys("phone"), ' '));
