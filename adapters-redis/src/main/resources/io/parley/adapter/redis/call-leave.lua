-- KEYS[1] the call's sorted set; ARGV[1] the session id. Removes the session's member; returns how many
-- members are left, or -1 if the session was not in the call.
local prefix = ARGV[1] .. '\t'
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if string.sub(member, 1, string.len(prefix)) == prefix then
    redis.call('ZREM', KEYS[1], member)
    return redis.call('ZCARD', KEYS[1])
  end
end
return -1
