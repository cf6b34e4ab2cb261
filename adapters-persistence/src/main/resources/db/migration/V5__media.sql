-- Media metadata: listings come from here, never from directory scans. The bytes live in the media store.

create sequence media_id_seq;

create table media (
    id            bigint      primary key,
    owner_kind    text        not null check (owner_kind in ('chat', 'group', 'user')),
    owner_id      bigint      not null,
    -- a chat's or group's files go with it; a user's (avatars) with the user
    chat_id       bigint      references chats (id) on delete cascade,
    user_id       bigint      references users (id) on delete cascade,
    kind          text        not null check (kind in ('photo', 'video', 'audio', 'file')),
    stored_name   text        not null,
    original_name text        not null,
    mime          text        not null,
    size          bigint      not null check (size >= 0),
    sha256        text        not null,
    uploader_id   bigint      references users (id) on delete set null,
    created_at    timestamptz not null,
    constraint media_owner_link check ((owner_kind = 'user') = (user_id is not null)
                                       and (owner_kind <> 'user') = (chat_id is not null)),
    constraint media_name_key unique (owner_kind, owner_id, kind, stored_name)
);

-- listing an owner's files, newest first
create index media_by_owner_idx on media (owner_kind, owner_id, created_at desc, id desc);
create index media_by_chat_idx on media (chat_id) where chat_id is not null;
