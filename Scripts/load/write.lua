-- wrk: writers. Run with as many threads as connections (-tN -cN): each thread edits its own
-- segment (thread i → segment FIRST+i), sending the version its last 200 returned, so on a
-- freshly uploaded document every edit should succeed; any 409 means versions went wrong.
--   wrk -t10 -c10 -d30s --latency -s Scripts/load/write.lua http://127.0.0.1:8080
local token = os.getenv("TOKEN")
local first = tonumber(os.getenv("FIRST") or "1")
local counter = 0

setup = function(thread)
  thread:set("segment", first + counter)
  counter = counter + 1
end

init = function(args)
  version = 1
  round = 0
end

request = function()
  round = round + 1
  local body = string.format('{"target":"Draft %d of segment %d","version":%d}', round, segment, version)
  return wrk.format("PATCH", "/v1/segments/" .. segment,
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end

response = function(status, headers, body)
  -- A 200 carries the new version; a 409 the current one (a segment edited before this run).
  if status == 200 or status == 409 then
    local v = body:match('"version":(%d+)')
    if v then version = tonumber(v) end
  end
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
