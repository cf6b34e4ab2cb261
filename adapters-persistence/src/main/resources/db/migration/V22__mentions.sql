-- Mentions: the members a message names (user ids, in the order named) and whether it mentions everyone (@all).
-- They are written with the message, in the same insert, and replaced by an edit that names new ones.
alter table messages add column mentions bigint[] not null default '{}';
alter table messages add column mention_all boolean not null default false;
alter table messages add constraint messages_mentions_bounded check (cardinality(mentions) <= 10000);
