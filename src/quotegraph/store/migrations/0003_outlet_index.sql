-- quotegraph store, schema 3: the outlet beside each statement, like `published`, so an
-- outlet filter walks one index in date order instead of every article of the outlet
-- (measured by benchmarks/store_bench.py: outlet + date was the slowest API query).
ALTER TABLE statements ADD COLUMN outlet TEXT;  -- copy of articles.outlet
UPDATE statements SET outlet = (SELECT a.outlet FROM articles a WHERE a.id = statements.article_id);
CREATE INDEX statements_outlet ON statements (outlet COLLATE NOCASE, published DESC, id);
-- Outlets are matched without regard to case; this index serves the articles' own lookups.
DROP INDEX articles_outlet;
CREATE INDEX articles_outlet ON articles (outlet COLLATE NOCASE);
