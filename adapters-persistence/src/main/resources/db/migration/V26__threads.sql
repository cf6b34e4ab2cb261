-- Threads (ADR 0008): a reply in a thread is an ordinary message of its chat (its own chat seq, change cursor and
-- read flags) that also names its thread's root and takes the thread's next gap-free thread_seq from the root's
-- counter, under the chat's lock the send already holds.
alter table messages add column thread_root bigint references messages (id);
alter table messages add column thread_seq bigint;
-- on a root: the thread_seq its latest reply took (0: no thread yet)
alter table messages add column thread_last_seq bigint not null default 0;
alter table messages add constraint messages_thread_place_complete
    check ((thread_root is null) = (thread_seq is null) and (thread_seq is null or thread_seq > 0));

-- a thread's replies by thread_seq (thread history, summaries); unique, so a thread_seq is never taken twice
create unique index messages_thread_seq_key on messages (thread_root, thread_seq) where thread_root is not null;

-- each participant's read pointer in a thread: the highest thread_seq they have read there
create table thread_reads (
    root_id         bigint not null references messages (id) on delete cascade,
    user_id         bigint not null references users (id) on delete cascade,
    chat_id         bigint not null references chats (id) on delete cascade,
    read_thread_seq bigint not null check (read_thread_seq >= 0),
    primary key (root_id, user_id)
);
-- the threads of one chat a user takes part in
create index thread_reads_by_user_idx on thread_reads (user_id, chat_id);
