-- Which of the given users have a socket on this node or on another live node.
-- KEYS: [1] the node set, [2..n] the users' hashes
-- ARGV: [1] this node's id
-- Returns the positions (1-based, among the users) of those online.
local now = now_millis()
local online = {}
for i = 2, #KEYS do
  local mine = tonumber(redis.call('HGET', KEYS[i], ARGV[1]) or '0')
  if mine > 0 or live_elsewhere(KEYS[i], KEYS[1], ARGV[1], now) > 0 then
    online[#online + 1] = i - 1
  end
end
return online
