-- Redemption of codes prepared through the real authorization endpoint (RFC 6749 §4.1.3, PKCE S256), each once.
dofile("bench/lua/common.lua")
local codes, next_code = {}, 1

function init(args)
  codes = lines_of_thread(os.getenv("CODES_FILE"), id, tonumber(os.getenv("THREADS")))
end

function request()
  local code = codes[next_code]
  next_code = next_code + 1
  if code == nil then
    code = "exhausted" -- answered invalid_grant, counted as an error: prepare more codes
  end
  return wrk.format("POST", "/oauth/token", {
    ["Authorization"] = os.getenv("WEB_AUTHORIZATION"),
    ["Content-Type"] = "application/x-www-form-urlencoded"
  }, "grant_type=authorization_code&code=" .. code .. "&redirect_uri=" .. os.getenv("REDIRECT_URI_ENCODED")
     .. "&code_verifier=" .. os.getenv("VERIFIER"))
end

-- The first refused redemption of each thread, on stderr, so that an error count explains itself.
local told = false

function response(status, headers, body)
  if status ~= 200 and not told then
    told = true
    io.stderr:write("authorization_code: HTTP " .. status .. " " .. body .. "\n")
  end
end
