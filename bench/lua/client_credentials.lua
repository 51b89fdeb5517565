-- client_credentials with client_secret_basic (RFC 6749 §4.4).
dofile("bench/lua/common.lua")
wrk.method = "POST"
wrk.headers["Authorization"] = os.getenv("SERVICE_AUTHORIZATION")
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"
wrk.body = "grant_type=client_credentials&scope=repo%3Aread"
