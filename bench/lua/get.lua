-- A GET of GET_PATH (the JWKS, the metadata, the consent page), with the signed-in session's COOKIE when given.
dofile("bench/lua/common.lua")
wrk.method = "GET"
wrk.path = os.getenv("GET_PATH")
local cookie = os.getenv("COOKIE")
if cookie and cookie ~= "" then
  wrk.headers["Cookie"] = cookie
end
