#!/usr/bin/env bash
# Payara Server for one failsafe execution of the integration tests, set up with asadmin as the README's
# "Deploy on your application server" section tells ops (with this test run's ports):
#   asadmin-server.sh start   copies the configured domain into $IT_SERVER_WORK (the first execution that needs it creates
#                             it: every listener, Hazelcast and the message broker set before its first start, so
#                             nothing listens beyond 127.0.0.1 and no restart is needed), starts it with this
#                             environment (Grantry's settings are its GRANTRY_* variables, which the server
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

# The configured domain beside the executions' directories, created by the first execution that finds none for this
# port and this version of the script (so once per build after clean); each execution starts its own copy of it.
template="$(dirname "$IT_SERVER_WORK")/payara-domain-$IT_PORT-$(sha1sum "$0" | cut -c1-12)"

create_template() {
  local draft="$template.draft"
  rm -rf "$draft" && mkdir -p "$draft"
  asadmin create-domain --nopassword=true --portbase "$portbase" --domaindir "$draft/domains" grantry
  # What the README does with asadmin against the running domain and a restart (message broker off, Hazelcast on
  # loopback), written into domain.xml before the first start instead: same configuration, nothing ever listens
  # on another interface, no restart.
  local xml="$draft/domains/grantry/config/domain.xml"
  sed -i \
    -e 's|<hazelcast-runtime-configuration |&das-bind-address="127.0.0.1" interface="127.0.0.1" |' \
    -e '0,/<jvm-options>-Xmx512m<\/jvm-options>/s||&\n<jvm-options>-Dhazelcast.socket.bind.any=false</jvm-options>|' \
    -e '0,/<hazelcast-config-specific-configuration>/s|<hazelcast-config-specific-configuration>.*|&\n<jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="localhost" port="${JMS_PROVIDER_PORT}"/></jms-service>|' \
    "$xml"
  # Each edit must have landed in the server's own configuration (the first <config>), else fail here, not later.
  [[ $(grep -c 'interface="127.0.0.1"' "$xml") == 1 && $(grep -c 'jms-service type="DISABLED"' "$xml") == 1 \
    && $(grep -c 'bind.any=false' "$xml") == 1 ]]
  [[ $(grep -n 'jms-service type="DISABLED"' "$xml" | cut -d: -f1) -lt $(grep -n 'name="default-config"' "$xml" | cut -d: -f1) ]]
  # Loopback listeners and the rest: the README's pre-boot commands, given to every start.
  local net=configs.config.server-config.network-config
  cat > "$draft/preboot.txt" <<COMMANDS
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
  mv "$draft" "$template"
}

start() {
  : "${IT_EAR:?}" "${IT_LOG:?}"
  [[ -d "$template" ]] || create_template
  rm -rf "$IT_SERVER_WORK" && mkdir -p "$IT_SERVER_WORK"
  cp -a "$template/domains" "$domaindir"
  asadmin start-domain --domaindir "$domaindir" --prebootcommandfile "$template/preboot.txt" grantry
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
