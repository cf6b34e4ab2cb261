-- Sets this node's socket count of one user and answers how many sockets the user has on other live nodes.
-- KEYS: [1] the user's hash, [2] the node set, [3] this node's set of users
-- ARGV: [1] this node's id, [2] the user's id, [3] this node's count of the user's sockets now
local count = tonumber(ARGV[3])
if count > 0 then
  redis.call('HSET', KEYS[1], ARGV[1], count)
  redis.call('SADD', KEYS[3], ARGV[2])
else
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('SREM', KEYS[3], ARGV[2])
end
return live_elsewhere(KEYS[1], KEYS[2], ARGV[1], now_millis())
