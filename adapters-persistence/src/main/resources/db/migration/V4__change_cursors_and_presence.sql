-- Change cursors for lossless resume (every message created, edited or deleted moves its chat's cursor) and
-- the last time a user was online.

-- the last change cursor handed out; taken with last_seq under the chat row's lock
alter table chats add column last_change bigint not null default 0;

-- created_cursor: the change that created the message; changed_cursor: its latest change
alter table messages add column created_cursor bigint;
alter table messages add column changed_cursor bigint;
-- who deleted a message (its author or the group's owner)
alter table messages add column deleted_by bigint references users (id) on delete set null;

-- until now every change was a creation numbered like its seq
update messages set created_cursor = seq, changed_cursor = seq;
update chats set last_change = last_seq;

alter table messages alter column created_cursor set not null;
alter table messages alter column changed_cursor set not null;

-- catching up reads a chat's messages by latest change
create index messages_by_change_idx on messages (chat_id, changed_cursor);

alter table users add column last_seen_at timestamptz;
