-- Pinned messages: at most one pin per message; a pin goes with its message (deleting the message removes the pin
-- in the same transaction; a deleted conversation cascades).
create table message_pins (
    message_id bigint      primary key references messages (id) on delete cascade,
    chat_id    bigint      not null references chats (id) on delete cascade,
    pinned_by  bigint      not null references users (id) on delete cascade,
    pinned_at  timestamptz not null
);

-- a chat's pinned list, newest pin first, and its count against the limit
create index message_pins_by_chat_idx on message_pins (chat_id, pinned_at desc, message_id desc);
