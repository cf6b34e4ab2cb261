-- Per-member chat settings (issue 15): muted until an instant or forever, and archived (hidden from the default chat
-- list). A new message of someone else clears archived unless the chat is muted at that moment.
alter table chat_members add column muted_until timestamptz;
alter table chat_members add column muted_forever boolean not null default false;
alter table chat_members add column archived boolean not null default false;
alter table chat_members add constraint chat_members_mute_one_way check (not (muted_forever and muted_until is not null));
