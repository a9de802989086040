-- quotegraph store, schema 4: the full-text index declared the way Datasette recognises it.
-- Datasette finds a table's full-text index by matching content="statements" (double quotes,
-- no spaces) in the index's CREATE statement; schema 1 wrote content = 'statements', so
-- Datasette offered no search. Same index, same tokenizer, rebuilt from the statements.
DROP TRIGGER statements_fts_insert;
DROP TRIGGER statements_fts_delete;
DROP TRIGGER statements_fts_update;
DROP TABLE statements_fts;

CREATE VIRTUAL TABLE statements_fts USING fts5 (
    content, content="statements", content_rowid="id", tokenize='unicode61 remove_diacritics 2'
);
INSERT INTO statements_fts (statements_fts) VALUES ('rebuild');

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
