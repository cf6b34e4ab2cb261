-- Claims the nodes whose expiry passed (ZREM succeeds for one caller only), drops their counts, and returns the
-- users now without a socket on any live node, each once, with the last heartbeat of their expired node(s).
-- KEYS: [1] the node set
-- ARGV: [1] the calling node's id (never claimed: it is alive), [2] the key prefix, [3] the TTL in milliseconds
-- Returns a flat list: user id, last seen (epoch millis), user id, last seen, ...
-- The per-node and per-user keys are derived from the prefix: this needs a single Redis, not Redis Cluster.
local now = now_millis()
local expired = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'WITHSCORES')
local last_seen, users = {}, {}
for i = 1, #expired, 2 do
  local node = expired[i]
  if node ~= ARGV[1] and redis.call('ZREM', KEYS[1], node) == 1 then
    local seen = tonumber(expired[i + 1]) - tonumber(ARGV[3])
    local node_users = ARGV[2] .. 'node:' .. node .. ':users'
    for _, user in ipairs(redis.call('SMEMBERS', node_users)) do
      redis.call('HDEL', ARGV[2] .. 'user:' .. user, node)
      if last_seen[user] == nil then
        users[#users + 1] = user
        last_seen[user] = seen
      elseif seen > last_seen[user] then
        last_seen[user] = seen
      end
    end
    redis.call('DEL', node_users)
  end
end
local gone = {}
for _, user in ipairs(users) do
  local user_hash = ARGV[2] .. 'user:' .. user
  local mine = tonumber(redis.call('HGET', user_hash, ARGV[1]) or '0')
  if mine == 0 and live_elsewhere(user_hash, KEYS[1], ARGV[1], now) == 0 then
    gone[#gone + 1] = user
    gone[#gone + 1] = last_seen[user]
  end
end
return gone
