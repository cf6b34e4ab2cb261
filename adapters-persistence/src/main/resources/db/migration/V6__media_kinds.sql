-- Voice and video messages and avatars are media too; images keep a preview.
alter table media drop constraint media_kind_check;
alter table media add constraint media_kind_check
    check (kind in ('photo', 'video', 'audio', 'file', 'voice', 'video_note', 'avatar'));

-- the PNG preview of a photo or picture (null when none could be made)
alter table media add column thumb_size bigint;
alter table media add column thumb_sha256 text;
