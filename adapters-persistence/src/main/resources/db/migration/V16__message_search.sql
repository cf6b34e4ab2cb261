-- Full-text search over messages (docs/adr/0009-search.md): whole words through a tsvector in the 'simple'
-- configuration (no stemming, no stop words: every language is split the same way), partial words and scripts
-- without spaces (CJK) through trigrams. pg_trgm is a trusted extension: the database owner may create it.
create extension if not exists pg_trgm;

-- generated, so an edit re-indexes the new text and a deletion (text erased) leaves nothing to find
alter table messages add column search_vector tsvector
    generated always as (to_tsvector('simple', text)) stored;

create index messages_search_vector_idx on messages using gin (search_vector) where deleted_at is null;
create index messages_text_trgm_idx on messages using gin (text gin_trgm_ops) where deleted_at is null;
