-- Forwarded copies: a message forwarded into another chat is a new row there that remembers its first origin, the
-- original author (id and display name when first forwarded) and the original's time; never the original chat. No
-- foreign key to users: the origin stays when the original author's account goes.
alter table messages add column forwarded_author_id bigint;
alter table messages add column forwarded_author_name text;
alter table messages add column forwarded_sent_at timestamptz;
alter table messages add constraint messages_forward_origin_complete
    check ((forwarded_author_id is null) = (forwarded_author_name is null)
           and (forwarded_author_id is null) = (forwarded_sent_at is null));
