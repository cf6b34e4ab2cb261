-- KEYS[1] the call's sorted set, KEYS[2] the set of rooms with a call; ARGV[1] now in ms (the score: last time the
-- session was joined or kept alive), ARGV[2] the member "session\tuser\tjoined ms\tname", ARGV[3] the room,
-- ARGV[4] key expiry in seconds. Returns the members before this join.
local before = redis.call('ZRANGE', KEYS[1], 0, -1)
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[4])
redis.call('SADD', KEYS[2], ARGV[3])
return before
