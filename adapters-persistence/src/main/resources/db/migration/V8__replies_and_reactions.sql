-- Replies (a message may quote an earlier message of its chat) and emoji reactions (one per emoji per user).

-- the quoted message; its quote is read from it each time, so edits and deletions of the original show
alter table messages add column reply_to bigint references messages (id) on delete set null;

create table message_reactions (
    message_id bigint      not null references messages (id) on delete cascade,
    user_id    bigint      not null references users (id) on delete cascade,
    -- one emoji (a single grapheme cluster), shortcodes already turned into their emoji
    emoji      text        not null check (char_length(emoji) between 1 and 32),
    reacted_at timestamptz not null,
    primary key (message_id, user_id, emoji)
);

-- aggregating a page of messages' reactions in the order they were first given
create index message_reactions_by_message_idx on message_reactions (message_id, reacted_at);
