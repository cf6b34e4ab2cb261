-- Keeps this node live for another TTL from now (Redis server time, so node clocks need not agree).
-- KEYS: [1] the node set
-- ARGV: [1] this node's id, [2] the TTL in milliseconds
-- Returns 1 if the node was not in the set (first beat, or another node took it for dead), else 0.
return redis.call('ZADD', KEYS[1], now_millis() + tonumber(ARGV[2]), ARGV[1])
