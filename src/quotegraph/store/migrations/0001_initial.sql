-- quotegraph store, schema 1. Plain SQLite: readable by sqlite3 and Datasette as it is.
-- Offsets are Python string indices (code points, end exclusive) into articles.text.

CREATE TABLE articles (
    id                 TEXT PRIMARY KEY,
    url                TEXT,
    outlet             TEXT,
    title              TEXT,
    author             TEXT,
    published          TEXT,             -- ISO 8601 date or date-time, as the source gave it
    language           TEXT,
    origin             TEXT,             -- where it was read from: "file.jsonl:12", a URL
    text               TEXT NOT NULL,
    text_hash          TEXT NOT NULL,    -- sha256 of text: re-adding the same text changes nothing
    quotegraph_version TEXT NOT NULL,
    pipeline           TEXT,             -- spaCy pipeline name and version that produced the statements
    added_at           TEXT NOT NULL
);
CREATE INDEX articles_published ON articles (published);
CREATE INDEX articles_outlet ON articles (outlet);

CREATE TABLE entities (
    id          TEXT PRIMARY KEY,
    name        TEXT NOT NULL,           -- canonical name
    kind        TEXT NOT NULL DEFAULT 'unknown',
    role        TEXT,
    affiliation TEXT,
    aliases     TEXT NOT NULL DEFAULT '[]'  -- JSON array of names seen in the articles
);
CREATE INDEX entities_name ON entities (name COLLATE NOCASE);

CREATE TABLE statements (
    id              INTEGER PRIMARY KEY,
    article_id      TEXT NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
    position        INTEGER NOT NULL,    -- order within the article
    speaker_id      TEXT REFERENCES entities (id),
    speaker         TEXT,                -- canonical name; NULL when unresolved
    speaker_kind    TEXT,
    role            TEXT,
    affiliation     TEXT,
    source          TEXT,                -- the source as written: "Rutte", "he", "the ministry"
    source_start    INTEGER,
    source_end      INTEGER,
    cue             TEXT,                -- "said", "according to"
    cue_lemma       TEXT,
    cue_start       INTEGER,
    cue_end         INTEGER,
    act             TEXT,                -- speech act; NULL when not classified
    type            TEXT NOT NULL,       -- direct | indirect | mixed
    negated         INTEGER NOT NULL DEFAULT 0,
    content         TEXT NOT NULL,       -- content parts joined by " … "
    content_offsets TEXT NOT NULL,       -- JSON [[start, end], …] into articles.text
    paragraph       INTEGER NOT NULL,
    sentence        INTEGER NOT NULL,
    confidence      REAL NOT NULL,
    published       TEXT,                -- copy of articles.published, so date order needs no join
    UNIQUE (article_id, position)
);
CREATE INDEX statements_published ON statements (published DESC, id);
CREATE INDEX statements_speaker_id ON statements (speaker_id, published);  -- covers per-speaker counts
CREATE INDEX statements_speaker ON statements (speaker COLLATE NOCASE);
CREATE INDEX statements_source ON statements (source COLLATE NOCASE);
CREATE INDEX statements_act ON statements (act);

CREATE TABLE statement_targets (
    statement_id INTEGER NOT NULL REFERENCES statements (id) ON DELETE CASCADE,
    entity_id    TEXT NOT NULL REFERENCES entities (id),
    name         TEXT NOT NULL,
    kind         TEXT NOT NULL,
    mention_start INTEGER,
    mention_end   INTEGER,
    PRIMARY KEY (statement_id, entity_id)
);
CREATE INDEX statement_targets_entity ON statement_targets (entity_id);
CREATE INDEX statement_targets_name ON statement_targets (name COLLATE NOCASE);

-- Full-text index over statement contents, kept in step by triggers (Datasette detects it).
CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, content = 'statements', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER statements_fts_insert AFTER INSERT ON statements BEGIN
    INSERT INTO statements_fts (rowid, content) VALUES (new.id, new.content);
END;
CREATE TRIGGER statements_fts_delete AFTER DELETE ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
END;
CREATE TRIGGER statements_fts_update AFTER UPDATE OF content ON statements BEGIN
    INSERT INTO statements_fts (statements_fts, rowid, content) VALUES ('delete', old.id, old.content);
    INSERT INTO statements_fts (rowid, content) VALUES (new.id, new.content);
END;
