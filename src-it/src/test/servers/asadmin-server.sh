#!/usr/bin/env bash
# Payara Server for one failsafe execution of the integration tests, set up with asadmin exactly as the README's
# "Deploy on your application server" section tells ops (with this test run's ports):
#   asadmin-server.sh start   creates a fresh domain in $IT_SERVER_WORK, binds every listener to 127.0.0.1, starts it
#                             with this environment (Grantry's settings are its GRANTRY_* variables, which the server
#                             inherits), defines ops' datasource jdbc/grantry when $IT_DB_FILE names an H2 file (else
#                             Grantry uses its own embedded one), deploys $IT_EAR (and $IT_SAMPLE_WAR when set)
#   asadmin-server.sh stop    stops that domain (also when the tests failed; harmless when it is not running)
# $IT_SERVER_HOME is the unpacked distribution; HTTP listens on $IT_PORT (the domain's port base is $IT_PORT - 80,
# so admin is $IT_PORT - 32). The server's log is linked at $IT_LOG.
set -euo pipefail
: "${IT_SERVER_HOME:?}" "${IT_SERVER_WORK:?}" "${IT_PORT:?}"
portbase=$((IT_PORT - 80))
asadmin() { "$IT_SERVER_HOME/bin/asadmin" --interactive=false --host 127.0.0.1 --port $((portbase + 48)) "$@"; }
domaindir="$IT_SERVER_WORK/domains"

start() {
  : "${IT_EAR:?}" "${IT_LOG:?}"
  rm -rf "$IT_SERVER_WORK" && mkdir -p "$IT_SERVER_WORK"
  asadmin create-domain --nopassword=true --portbase "$portbase" --domaindir "$domaindir" grantry
  # Loopback only: the listeners before the first start (pre-boot commands); the message broker (Grantry needs no
  # JMS) and Hazelcast's data grid need the running domain and a restart, which the pre-boot commands do not give.
  local net=configs.config.server-config.network-config
  cat > "$IT_SERVER_WORK/preboot.txt" <<COMMANDS
set $net.network-listeners.network-listener.http-listener-1.address=127.0.0.1
set $net.network-listeners.network-listener.http-listener-2.address=127.0.0.1
set $net.network-listeners.network-listener.admin-listener.address=127.0.0.1
set configs.config.server-config.iiop-service.iiop-listener.orb-listener-1.address=127.0.0.1
set configs.config.server-config.iiop-service.iiop-listener.SSL.address=127.0.0.1
set configs.config.server-config.iiop-service.iiop-listener.SSL_MUTUALAUTH.address=127.0.0.1
set configs.config.server-config.admin-service.jmx-connector.system.address=127.0.0.1
set $net.protocols.protocol.http-listener-1.http.header-buffer-length-bytes=32768
set $net.protocols.protocol.http-listener-1.http.http2-max-header-list-size-in-bytes=32768
set-openapi-configuration --enabled=false
set configs.config.server-config.microprofile-metrics-configuration.enabled=false
COMMANDS
  asadmin start-domain --domaindir "$domaindir" --prebootcommandfile "$IT_SERVER_WORK/preboot.txt" grantry
  asadmin set configs.config.server-config.jms-service.type=DISABLED
  asadmin set-hazelcast-configuration --dasbindaddress=127.0.0.1 --interfaces=127.0.0.1
  asadmin create-jvm-options -Dhazelcast.socket.bind.any=false
  asadmin restart-domain --domaindir "$domaindir" grantry
  ln -sf "$domaindir/grantry/logs/server.log" "$IT_LOG"
  if [[ -n "${IT_DB_FILE:-}" ]]; then
    asadmin create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource \
      --restype=javax.sql.DataSource --steadypoolsize=2 --maxpoolsize=32 \
      --property="URL=jdbc\\:h2\\:file\\:${IT_DB_FILE//:/\\:};LOCK_TIMEOUT\\=10000:user=grantry:password=grantry" grantry
    asadmin create-jdbc-resource --connectionpoolid=grantry jdbc/grantry
  fi
  asadmin deploy --name grantry "$IT_EAR"
  if [[ -n "${IT_SAMPLE_WAR:-}" ]]; then
    asadmin deploy --name sample-resource-server --contextroot sample-resource-server "$IT_SAMPLE_WAR"
  fi
}

stop() {
  if [[ -d "$domaindir/grantry" ]]; then
    asadmin stop-domain --domaindir "$domaindir" grantry || asadmin stop-domain --domaindir "$domaindir" --kill=true grantry || true
  fi
}

"$1"
