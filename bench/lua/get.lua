-- A GET of GET_PATH (the JWKS, the metadata, the consent page, the audit pages and API), with the signed-in
-- session's COOKIE or a BEARER access token when given.
dofile("bench/lua/common.lua")
wrk.method = "GET"
wrk.path = os.getenv("GET_PATH")
local cookie = os.getenv("COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
local bearer = os.getenv("BEARER")
if bearer and bearer ~= "" then
  wrk.headers["Authorization"] = "Bearer " .. bearer
end
