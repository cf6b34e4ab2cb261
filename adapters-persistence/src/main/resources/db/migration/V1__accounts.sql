-- Accounts, profiles and login sessions.

create sequence users_id_seq;

create table users (
    id            bigint      primary key,
    username      text        not null,
    email         text,
    name          text        not null,
    description   text        not null default '',
    password_hash text        not null,
    created_at    timestamptz not null,
    constraint users_username_lower check (username = lower(username)),
    constraint users_email_lower check (email = lower(email))
);

-- login and uniqueness (usernames and e-mails are stored in lower case)
create unique index users_username_key on users (username);
create unique index users_email_key on users (email) where email is not null;
-- prefix search: GET /api/v1/users?q=
create index users_username_prefix_idx on users (username text_pattern_ops);
create index users_name_prefix_idx on users (lower(name) text_pattern_ops);

-- a login session: the family of refresh tokens rotated from one login
create table sessions (
    id         uuid        primary key,
    user_id    bigint      not null references users (id) on delete cascade,
    created_at timestamptz not null,
    revoked_at timestamptz
);

create index sessions_open_by_user_idx on sessions (user_id) where revoked_at is null;

-- only the SHA-256 digest of a refresh token is stored
create table refresh_tokens (
    digest     text        primary key,
    session_id uuid        not null references sessions (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    issued_at  timestamptz not null,
    expires_at timestamptz not null,
    used_at    timestamptz
);

create index refresh_tokens_session_idx on refresh_tokens (session_id);
