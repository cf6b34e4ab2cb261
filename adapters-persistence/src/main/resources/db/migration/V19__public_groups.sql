-- Public groups (issue 15, seed 004's join): anyone signed in may join a public group by themselves.
alter table chats add column public boolean not null default false;
