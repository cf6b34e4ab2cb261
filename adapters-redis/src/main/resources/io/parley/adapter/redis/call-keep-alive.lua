-- KEYS[1] the call's sorted set; ARGV[1] now in ms, ARGV[2] key expiry in seconds, ARGV[3..] session ids.
-- Moves the score of each named session that is still in the call to now.
local wanted = {}
for i = 3, #ARGV do
  wanted[ARGV[i]] = true
end
for _, member in ipairs(redis.call('ZRANGE', KEYS[1], 0, -1)) do
  local session = string.match(member, '^([^\t]*)\t')
  if session and wanted[session] then
    redis.call('ZADD', KEYS[1], 'XX', ARGV[1], member)
  end
end
if redis.call('EXISTS', KEYS[1]) == 1 then
  redis.call('EXPIRE', KEYS[1], ARGV[2])
end
return 0
