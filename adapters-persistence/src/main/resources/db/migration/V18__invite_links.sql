-- Invite links of groups (issue 15): whoever holds the token may join, until it expires, is used up or revoked.
create sequence invite_links_id_seq;

create table invite_links (
    id         bigint      primary key,
    -- 32 random bytes, base64url: unguessable, and the only way to name a link from outside its group
    token      text        not null unique,
    chat_id    bigint      not null references chats (id) on delete cascade,
    created_by bigint      not null references users (id) on delete cascade,
    created_at timestamptz not null,
    expires_at timestamptz,
    max_uses   int         check (max_uses is null or max_uses >= 1),
    uses       int         not null default 0 check (uses >= 0),
    revoked_at timestamptz
);

create index invite_links_by_chat_idx on invite_links (chat_id, id);
