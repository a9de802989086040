-- quotegraph store, schema 7: surname-only speakers linked to the one full name the store
-- holds with that surname (quotegraph.store.linking). A linked statement speaks as the full
-- name and keeps the id it was written with in `linked_from`, so a second namesake arriving
-- later sends it back to the surname.
ALTER TABLE statements ADD COLUMN linked_from TEXT;  -- the surname-only speaker id, when linked
CREATE INDEX statements_linked_from ON statements (linked_from) WHERE linked_from IS NOT NULL;

-- The last word of a person's id ("zelensky" for person:volodymyr-zelensky and person:zelensky):
-- what a surname and its full names share, indexed so one article's surnames are looked up
-- without a scan. Filled in by quotegraph.store.linking (existing persons when the store opens).
ALTER TABLE entities ADD COLUMN surname_key TEXT;
CREATE INDEX entities_surname_key ON entities (surname_key) WHERE surname_key IS NOT NULL;

-- Relinking changes a direct statement's quote_id (a hash of the speaker id and the words):
-- the quote it leaves is recounted, the quote it joins counts it, as insert and delete do.
CREATE TRIGGER statements_quote_leave AFTER UPDATE OF quote_id ON statements
WHEN old.quote_id IS NOT NULL AND old.quote_id IS NOT new.quote_id BEGIN
    UPDATE quotes SET
        occurrences = (SELECT count(*) FROM statements WHERE quote_id = old.quote_id),
        first_seen = (SELECT min(published) FROM statements WHERE quote_id = old.quote_id),
        last_seen = (SELECT max(published) FROM statements WHERE quote_id = old.quote_id)
    WHERE id = old.quote_id;
    DELETE FROM quotes WHERE id = old.quote_id AND occurrences = 0;
END;
CREATE TRIGGER statements_quote_join AFTER UPDATE OF quote_id ON statements
WHEN new.quote_id IS NOT NULL AND old.quote_id IS NOT new.quote_id BEGIN
    INSERT INTO quotes (id, speaker_id, content, occurrences, first_seen, last_seen)
    VALUES (new.quote_id, new.speaker_id, new.content, 1, new.published, new.published)
    ON CONFLICT (id) DO UPDATE SET
        occurrences = occurrences + 1,
        first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
        last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen));
END;
