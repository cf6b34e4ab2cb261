-- Conversations (private chats and groups), members with read pointers, and messages.

create sequence chats_id_seq;

create table chats (
    id               bigint      primary key,
    kind             text        not null check (kind in ('private', 'group')),
    -- groups: name and description; private chats: the pair, smaller user id first
    name             text,
    description      text        not null default '',
    pair_low         bigint      references users (id) on delete cascade,
    pair_high        bigint      references users (id) on delete cascade,
    created_at       timestamptz not null,
    -- the last seq handed out: messages get last_seq + 1 under this row's lock
    last_seq         bigint      not null default 0,
    last_activity_at timestamptz not null,
    constraint chats_group_has_name check ((kind = 'group') = (name is not null)),
    constraint chats_private_has_pair check (
        (kind = 'private') = (pair_low is not null and pair_high is not null and pair_low < pair_high))
);

-- one private chat per pair, also under racing openers
create unique index chats_private_pair_key on chats (pair_low, pair_high) where kind = 'private';

create table chat_members (
    chat_id   bigint      not null references chats (id) on delete cascade,
    user_id   bigint      not null references users (id) on delete cascade,
    role      text        not null check (role in ('owner', 'member')),
    joined_at timestamptz not null,
    -- the highest seq this member has read; only moves forward
    read_seq  bigint      not null default 0,
    primary key (chat_id, user_id)
);

-- a user's chat list
create index chat_members_by_user_idx on chat_members (user_id, chat_id);
-- the read horizon: the lowest pointers of a chat
create index chat_members_read_idx on chat_members (chat_id, read_seq);
-- at most one owner per group
create unique index chat_members_one_owner_key on chat_members (chat_id) where role = 'owner';

create sequence messages_id_seq;

create table messages (
    id         bigint      primary key,
    chat_id    bigint      not null references chats (id) on delete cascade,
    seq        bigint      not null,
    author_id  bigint      not null references users (id) on delete cascade,
    text       text        not null,
    client_id  text,
    sent_at    timestamptz not null,
    edited_at  timestamptz,
    -- a deleted message keeps its seq (and client id) but loses its text
    deleted_at timestamptz,
    constraint messages_seq_key unique (chat_id, seq),
    constraint messages_text_erased check (deleted_at is null or text = '')
);

-- idempotent sends: one message per (sender, client_id), also under racing retries
create unique index messages_client_id_key on messages (author_id, client_id) where client_id is not null;
-- history, cursors, last message and unread counts read live messages by seq
create index messages_live_by_seq_idx on messages (chat_id, seq) include (author_id) where deleted_at is null;
