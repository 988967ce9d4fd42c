/**
 * The Redis store's Lua scripts: each method is one script, so one round trip and atomic on the
 * server. Keys (all sharing one `{prefix}` hash tag, so Redis Cluster keeps them in one slot):
 * `leads` (hash id → "<version>:<json>"), `due` (sorted set id scored by dueAt),
 * `leases` (hash id → "<until>:<owner>"), `removed` (the highest version a removed lead had: a lead
 * is created above it, so no version of an id repeats). Instants come from the engine; no script
 * reads the server's clock.
 */

const VERSION_OF = `
local function version_of(entry)
  if not entry then return 0 end
  return tonumber(string.sub(entry, 1, string.find(entry, ':', 1, true) - 1))
end`;

const LEASE_LIVE = `
local function lease_live(entry, now)
  if not entry then return false end
  return tonumber(string.sub(entry, 1, string.find(entry, ':', 1, true) - 1)) > now
end`;

/** KEYS leads, due, removed. ARGV id, expectedVersion, json, dueAt ('' for none). → {ok, version} */
export const WRITE = `${VERSION_OF}
local v = version_of(redis.call('HGET', KEYS[1], ARGV[1]))
if v ~= tonumber(ARGV[2]) then return {0, v} end
if v == 0 then v = tonumber(redis.call('GET', KEYS[3]) or '0') end
v = v + 1
redis.call('HSET', KEYS[1], ARGV[1], string.format('%d', v) .. ':' .. ARGV[3])
if ARGV[4] == '' then redis.call('ZREM', KEYS[2], ARGV[1]) else redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1]) end
return {1, v}`;

/** KEYS leads, due, removed. ARGV id, expectedVersion. → {ok, version} */
export const REMOVE = `${VERSION_OF}
local v = version_of(redis.call('HGET', KEYS[1], ARGV[1]))
if v ~= tonumber(ARGV[2]) then return {0, v} end
if v ~= 0 then
  redis.call('HDEL', KEYS[1], ARGV[1])
  redis.call('ZREM', KEYS[2], ARGV[1])
  if v > tonumber(redis.call('GET', KEYS[3]) or '0') then redis.call('SET', KEYS[3], string.format('%d', v)) end
end
return {1, 0}`;

/**
 * KEYS due, leases. ARGV at, limit, owner ('' to only list), until. → ids, oldest dueAt first,
 * leaving out leads whose lease is live at `at`; with an owner, each listed lead is leased to it.
 */
export const DUE = `${LEASE_LIVE}
local at = tonumber(ARGV[1])
local limit = tonumber(ARGV[2])
local out = {}
local offset = 0
local chunk = math.max(limit, 100)
while #out < limit do
  local ids = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', ARGV[1], 'LIMIT', offset, chunk)
  if #ids == 0 then break end
  for _, id in ipairs(ids) do
    if not lease_live(redis.call('HGET', KEYS[2], id), at) then
      out[#out + 1] = id
      if ARGV[3] ~= '' then redis.call('HSET', KEYS[2], id, ARGV[4] .. ':' .. ARGV[3]) end
      if #out == limit then break end
    end
  end
  offset = offset + #ids
end
return out`;

/** KEYS leases. ARGV id, owner, until, now. → 1 when taken or renewed */
export const CLAIM = `
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if entry then
  local sep = string.find(entry, ':', 1, true)
  if string.sub(entry, sep + 1) ~= ARGV[2] and tonumber(string.sub(entry, 1, sep - 1)) > tonumber(ARGV[4]) then return 0 end
end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3] .. ':' .. ARGV[2])
return 1`;

/** KEYS leases. ARGV id, owner. */
export const RELEASE = `
local entry = redis.call('HGET', KEYS[1], ARGV[1])
if entry and string.sub(entry, string.find(entry, ':', 1, true) + 1) == ARGV[2] then redis.call('HDEL', KEYS[1], ARGV[1]) end
return 0`;
