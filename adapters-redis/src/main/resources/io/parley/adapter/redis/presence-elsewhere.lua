-- How many sockets one user has open on live nodes other than this one.
-- KEYS: [1] the user's hash, [2] the node set
-- ARGV: [1] this node's id
return live_elsewhere(KEYS[1], KEYS[2], ARGV[1], now_millis())
