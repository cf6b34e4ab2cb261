-- Group admins besides the owner (issue 15): the owner appoints them; they moderate the group with the owner.
alter table chat_members drop constraint chat_members_role_check;
alter table chat_members add constraint chat_members_role_check check (role in ('owner', 'admin', 'member'));
