-- Introspection of a valid JWT by a client holding token:introspect (RFC 7662 §2.1).
dofile("bench/lua/common.lua")
wrk.method = "POST"
wrk.headers["Authorization"] = os.getenv("INTROSPECTOR_AUTHORIZATION")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "token=" .. os.getenv("ACCESS_TOKEN")
