-- The hourly purge of expired refresh tokens and dead sessions must not scan whole tables.
create index refresh_tokens_expires_at_idx on refresh_tokens (expires_at);
create index sessions_revoked_at_idx on sessions (revoked_at) where revoked_at is not null;
