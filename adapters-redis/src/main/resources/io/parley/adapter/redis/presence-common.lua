-- Shared by the presence scripts. A node is live while its score in the node set (its expiry, Redis server time
-- in milliseconds) is in the future; counts of other nodes count only while those nodes are live.

local function now_millis()
  local time = redis.call('TIME')
  return tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
end

-- The user's open sockets on live nodes other than `me`, from the user's hash of node -> count.
local function live_elsewhere(user_hash, nodes, me, now)
  local fields = redis.call('HGETALL', user_hash)
  local total = 0
  for i = 1, #fields, 2 do
    local node, count = fields[i], tonumber(fields[i + 1])
    if node ~= me and count > 0 then
      local expiry = redis.call('ZSCORE', nodes, node)
      if expiry and tonumber(expiry) > now then
        total = total + count
      end
    end
  end
  return total
end
