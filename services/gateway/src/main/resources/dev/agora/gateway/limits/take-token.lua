-- One token bucket in a Redis hash, taken from atomically (a script runs alone), so that every gateway sharing this
-- Redis sees the same bucket. The time is Redis's own, so gateways with drifting clocks still agree.
-- KEYS[1]: the bucket. ARGV[1]: its size (burst). ARGV[2]: tokens gained per second.
-- Returns {1 if allowed else 0, the tokens left as a decimal string}.
local burst = tonumber(ARGV[1])
local per_second = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1])
local at = tonumber(state[2])
if tokens == nil or at == nil then
  tokens = burst
else
  tokens = math.min(burst, tokens + math.max(0, now - at) / 1000 * per_second)
end
local allowed = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', tostring(now))
-- A bucket left alone until it is full again is the same as none: let Redis forget it then.
redis.call('PEXPIRE', KEYS[1], math.ceil((burst - tokens) / per_second * 1000) + 1000)
return {allowed, tostring(tokens)}
