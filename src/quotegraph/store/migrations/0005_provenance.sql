-- quotegraph store, schema 5: what produced each article's statements. Schema 1 records the
-- quotegraph version and the spaCy pipeline; this adds the extractor ("rules", or "learned"
-- and the digest of the tagger's weights) and the digest of the cue lexicon, so that two
-- stores, or two runs into one store, can be told apart. NULL where an older quotegraph did
-- not record them.
ALTER TABLE articles ADD COLUMN extractor TEXT;
ALTER TABLE articles ADD COLUMN lexicon TEXT;
-- Covers `quotegraph info` and the check each ingest makes, without reading the article texts.
CREATE INDEX articles_provenance ON articles (extractor, lexicon, pipeline, quotegraph_version);
