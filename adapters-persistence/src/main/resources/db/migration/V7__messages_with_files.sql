-- Messages that carry files (seed 000's with_files, audio_message, video_message), and the files they carry.
alter table messages add column kind text not null default 'message'
    check (kind in ('message', 'with_files', 'audio_message', 'video_message'));

create table message_files (
    message_id bigint not null references messages (id) on delete cascade,
    position   int    not null,
    media_id   bigint not null references media (id) on delete cascade,
    primary key (message_id, position)
);
create index message_files_by_media_idx on message_files (media_id);
