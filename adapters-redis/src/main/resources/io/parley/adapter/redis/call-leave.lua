-- KEYS[1] the call's sorted set, KEYS[2] the set of rooms with a call; ARGV[1] the session id, ARGV[2] the room.
-- Removes the session's member; returns how many members are left, or -1 if the session was not in the call.
local prefix = ARGV[1] .. '\t'
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  if string.sub(member, 1, string.len(prefix)) == prefix then
    redis.call('ZREM', KEYS[1], member)
    local left = redis.call('ZCARD', KEYS[1])
    if left == 0 then
      redis.call('SREM', KEYS[2], ARGV[2])
    end
    return left
  end
end
return -1
