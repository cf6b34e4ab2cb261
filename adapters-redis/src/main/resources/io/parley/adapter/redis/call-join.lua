-- KEYS[1] the call's sorted set; ARGV[1] join time (score), ARGV[2] the member "session\tuser\tname",
-- ARGV[3] key expiry in seconds. Returns the members before this join, in joining order.
local before = redis.call('ZRANGE', KEYS[1], 0, -1)
redis.call('ZADD', KEYS[1], ARGV[1], ARGV[2])
redis.call('EXPIRE', KEYS[1], ARGV[3])
return before
