-- Mark unread: a member's own read pointer, moved back behind the receipt they gave (read_seq, which only moves
-- forward and drives read receipts). Null while they have not marked the chat unread; unread counts follow
-- coalesce(own_read_seq, read_seq).
alter table chat_members add column own_read_seq bigint;
alter table chat_members add constraint chat_members_own_read_behind_receipt
    check (own_read_seq is null or (own_read_seq >= 0 and own_read_seq < read_seq));
