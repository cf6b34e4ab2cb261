-- KEYS[1] the set of rooms with a call; ARGV[1] the cutoff in ms, ARGV[2] the prefix of call keys.
-- Removes every member not joined or kept alive after the cutoff. Returns triples: room, member, and '1' for the last
-- member removed from a call that is empty now ('0' otherwise). Atomic, so each member is returned once.
local out = {}
for _, room in ipairs(redis.call('SMEMBERS', KEYS[1])) do
  local key = ARGV[2] .. room
  local stale = redis.call('ZRANGEBYSCORE', key, '-inf', ARGV[1])
  for _, member in ipairs(stale) do
    redis.call('ZREM', key, member)
  end
  local left = redis.call('ZCARD', key)
  if left == 0 then
    redis.call('SREM', KEYS[1], room)
  end
  for i, member in ipairs(stale) do
    table.insert(out, room)
    table.insert(out, member)
    table.insert(out, (left == 0 and i == #stale) and '1' or '0')
  end
end
return out
