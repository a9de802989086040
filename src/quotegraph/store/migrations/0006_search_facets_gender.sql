-- quotegraph store, schema 6: stable statement ids, the speaker's gender, and search that
-- finds speakers by name, word stems and prefixes. (Schema 5 is the provenance table.)

-- uid: `s` + 16 hex digits over the article id and the content offsets (quotegraph.store.ids),
-- the same whenever the same article is stored again; `id` stays SQLite's row number.
ALTER TABLE statements ADD COLUMN uid TEXT;
UPDATE statements SET uid = r.uid FROM (
    SELECT id, quotegraph_statement_uid(
        article_id, content_offsets,
        row_number() OVER (PARTITION BY article_id, content_offsets ORDER BY position) - 1
    ) AS uid FROM statements
) AS r WHERE r.id = statements.id;
CREATE UNIQUE INDEX statements_uid ON statements (uid);

-- female | male | unknown, from pronouns, honorifics and gendered roles in the article
-- (quotegraph.resolve.gender); statements stored before this schema were never looked at: unknown.
ALTER TABLE statements ADD COLUMN speaker_gender TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE statements ADD COLUMN speaker_gender_evidence INTEGER NOT NULL DEFAULT 0;

-- The words one search box finds a speaker by: the canonical name, the names the speaker was
-- written as (entities.aliases when the statement was stored) and, unresolved, the source.
ALTER TABLE statements ADD COLUMN speaker_names TEXT NOT NULL DEFAULT '';
UPDATE statements SET speaker_names = trim(
    coalesce(speaker, '') || ' '
    || coalesce((SELECT group_concat(j.value, ' ') FROM entities e, json_each(e.aliases) j
                 WHERE e.id = statements.speaker_id), '')
    || CASE WHEN speaker IS NULL THEN ' ' || coalesce(source, '') ELSE '' END
);

-- Facet counts read these off covering indexes instead of the rows; a gender or kind filter
-- counts and samples its statements off its own index (30 % of a store, not a full scan).
CREATE INDEX statements_facets ON statements (type, speaker_kind, speaker_gender, act);
CREATE INDEX statements_month ON statements (substr(published, 1, 7));
CREATE INDEX statements_gender ON statements (speaker_gender);
CREATE INDEX statements_kind ON statements (speaker_kind);

-- The full-text index, now over content and speaker names, with the Porter stemmer ("troop"
-- finds "troops") and prefix indexes for "troop*". Declared as Datasette recognises it.
DROP TRIGGER statements_fts_insert;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts;

CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, speaker_names, content="statements", content_rowid="id",
    tokenize='porter unicode61 remove_diacritics 2', prefix='2 3 4'
);
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');

CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content, speaker_names) VALUES (new.id, new.content, new.speaker_names);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_names)
    VALUES ('delete', old.id, old.content, old.speaker_names);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content, speaker_names ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content, speaker_names)
    VALUES ('delete', old.id, old.content, old.speaker_names);
    INSERT INTO statements_fts (rowid, content, speaker_names) VALUES (new.id, new.content, new.speaker_names);
END;
