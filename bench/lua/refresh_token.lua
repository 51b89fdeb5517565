-- Refresh token rotation (RFC 6749 §6): each answer's new refresh token is queued and used once, later.
dofile("bench/lua/common.lua")
local queue, first, last = {}, 1, 0

function init(args)
  for _, token in ipairs(lines_of_thread(os.getenv("REFRESH_FILE"), id, tonumber(os.getenv("THREADS")))) do
    last = last + 1
    queue[last] = token
  end
end

function request()
  local token = queue[first]
  if token == nil then
    token = "exhausted" -- more connections than prepared tokens: prepare more
  else
    queue[first] = nil
    first = first + 1
  end
  return wrk.format("POST", "/oauth/token", {
    ["Authorization"] = os.getenv("WEB_AUTHORIZATION"),
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, "grant_type=refresh_token&refresh_token=" .. token)
end

function response(status, headers, body)
  local token = body:match('"refresh_token":"([^"]+)"')
  if token then
    last = last + 1
    queue[last] = token
  end
end
