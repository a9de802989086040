-- quotegraph store, schema 2: quotes. The same direct quote from the same speaker, in any
-- number of articles, is one row of `quotes` with its occurrence count and first-seen date
-- (as Quotebank groups quotations; Vaucher et al. 2021). Its occurrences are the statements
-- that carry its id. Triggers keep `quotes` in step with `statements`, so a replaced or
-- deleted article updates the counts in the same transaction.

-- quote_id is a hash of the speaker id and the content's words, case-folded, without
-- punctuation or quotation marks (quotegraph.dedup.quote_key). NULL unless the statement is
-- direct and has a speaker entity: without a known speaker "the same speaker" cannot be told,
-- and reported speech is the reporter's wording.
ALTER TABLE statements ADD COLUMN quote_id TEXT;   -- quotes.id

CREATE TABLE quotes (
    id          TEXT PRIMARY KEY,        -- stable: the same speaker and words give the same id in every database
    speaker_id  TEXT NOT NULL REFERENCES entities (id),
    content     TEXT NOT NULL,           -- the content of the first occurrence stored, quotation marks and all
    occurrences INTEGER NOT NULL,        -- statements carrying this quote
    first_seen  TEXT,                    -- earliest and latest published date among them
    last_seen   TEXT
) WITHOUT ROWID;  -- looked up by its text id only: no second key to keep
-- In the order the most-repeated lists use, so a page of them is read off the index.
CREATE INDEX quotes_occurrences ON quotes (occurrences DESC, first_seen, id);
CREATE INDEX quotes_speaker ON quotes (speaker_id, occurrences DESC, first_seen, id);

-- Existing statements: quotegraph registers this function on the connection that migrates.
UPDATE statements SET quote_id = quotegraph_quote_id(type, speaker_id, content);
CREATE INDEX statements_quote ON statements (quote_id, published) WHERE quote_id IS NOT NULL;

INSERT INTO quotes (id, speaker_id, content, occurrences, first_seen, last_seen)
SELECT quote_id, speaker_id, content, count(*), min(published), max(published)
FROM statements WHERE quote_id IS NOT NULL GROUP BY quote_id;

CREATE TRIGGER statements_quote_insert AFTER INSERT ON statements WHEN new.quote_id IS NOT NULL BEGIN
    INSERT INTO quotes (id, speaker_id, content, occurrences, first_seen, last_seen)
    VALUES (new.quote_id, new.speaker_id, new.content, 1, new.published, new.published)
    ON CONFLICT (id) DO UPDATE SET
        occurrences = occurrences + 1,
        -- the earlier and later of two dates, either of which may be NULL (undated article)
        first_seen = min(coalesce(first_seen, excluded.first_seen), coalesce(excluded.first_seen, first_seen)),
        last_seen = max(coalesce(last_seen, excluded.last_seen), coalesce(excluded.last_seen, last_seen));
END;

-- After a delete the dates are recounted from the statements left (a few rows, by index).
CREATE TRIGGER statements_quote_delete AFTER DELETE ON statements WHEN old.quote_id IS NOT NULL BEGIN
    UPDATE quotes SET
        occurrences = (SELECT count(*) FROM statements WHERE quote_id = old.quote_id),
        first_seen = (SELECT min(published) FROM statements WHERE quote_id = old.quote_id),
        last_seen = (SELECT max(published) FROM statements WHERE quote_id = old.quote_id)
    WHERE id = old.quote_id;
    DELETE FROM quotes WHERE id = old.quote_id AND occurrences = 0;
END;
