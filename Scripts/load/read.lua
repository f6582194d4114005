-- wrk: readers of a served document. Each request reads one segment, its suggestions, or the
-- document's segment list, at random. Set TOKEN and SEGMENTS (ids 1..SEGMENTS) in the environment.
--   wrk -t4 -c50 -d30s --latency -s Scripts/load/read.lua http://127.0.0.1:8080
local token = os.getenv("TOKEN")
local segments = tonumber(os.getenv("SEGMENTS") or "9")
wrk.headers["Authorization"] = "Bearer " .. token

request = function()
  local id = math.random(1, segments)
  local pick = math.random(1, 3)
  local path
  if pick == 1 then path = "/v1/segments/" .. id
  elseif pick == 2 then path = "/v1/segments/" .. id .. "/suggestions"
  else path = "/v1/documents/1/segments" end
  return wrk.format("GET", path)
end

local failures = 0
response = function(status, headers, body)
  if status ~= 200 then failures = failures + 1 end
end

done = function(summary, latency, requests)
  io.write(string.format("non-2xx or socket errors: %d\n",
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
end
