#!/usr/bin/env bash
# GlassFish 7 for one failsafe execution of the integration tests, set up with asadmin as the README's "GlassFish 7"
# section tells ops (with this test run's ports):
#   glassfish-server.sh start   copies the configured domain into $IT_SERVER_WORK (the first execution that needs it
#                               creates it: every listener on 127.0.0.1 and the message broker off, written into
#                               domain.xml before its first start, so nothing ever listens beyond 127.0.0.1), starts it
#                               with this environment (Grantry's settings are its GRANTRY_* variables, which the server
#                               inherits), defines ops' datasource jdbc/grantry when $IT_DB_FILE names an H2 file (else
#                               Grantry uses its own embedded one), deploys $IT_EAR (and $IT_SAMPLE_WAR when set)
#   glassfish-server.sh stop    stops that domain (also when the tests failed; harmless when it is not running)
# $IT_SERVER_HOME is the unpacked distribution; HTTP listens on $IT_PORT, the other ports just below it (admin on
# $IT_PORT - 32, as on Payara Server). The server's log is linked at $IT_LOG.
set -euo pipefail
: "${IT_SERVER_HOME:?}" "${IT_SERVER_WORK:?}" "${IT_PORT:?}"
base=$((IT_PORT - 80))
# The domain's own commands (create, start, stop) run locally; the others go to its admin port.
local_asadmin() { "$IT_SERVER_HOME/bin/asadmin" --interactive=false "$@"; }
asadmin() { local_asadmin --host 127.0.0.1 --port $((base + 48)) "$@"; }
domaindir="$IT_SERVER_WORK/domains"

# The configured domain beside the executions' directories, created by the first execution that finds none for this
# port and this version of the script (so once per build after clean); each execution starts its own copy of it.
template="$(dirname "$IT_SERVER_WORK")/glassfish-domain-$IT_PORT-$(sha1sum "$0" | cut -c1-12)"

create_template() {
  local draft="$template.draft"
  rm -rf "$draft" && mkdir -p "$draft"
  # Every port named: --portbase would put the message broker's port at the base + 7676, beyond 65535 for a base
  # above 57859 ("No free port available").
  local_asadmin create-domain --nopassword=true --domaindir "$draft/domains" \
    --adminport $((base + 48)) --instanceport $((base + 80)) \
    --domainproperties "http.ssl.port=$((base + 79)):orb.listener.port=$((base + 37)):orb.ssl.port=$((base + 38)):orb.mutualauth.port=$((base + 39)):domain.jmxPort=$((base + 77)):osgi.shell.telnet.port=$((base + 66)):java.debugger.port=$((base + 9)):jms.port=$((base + 76)):JMS_PROVIDER_PORT=$((base + 76))" \
    grantry
  # The README's edit of domain.xml before the first start, in the server's own configuration (up to the template
  # default-config): HTTP, admin, IIOP and JMX on loopback, the message broker off, headers of up to 32 KB.
  local xml="$draft/domains/grantry/config/domain.xml"
  sed -i -e '1,/<config name="default-config"/{
    s|<network-listener |&address="127.0.0.1" |
    s|address="0\.0\.0\.0"|address="127.0.0.1"|
    s|<config name="server-config">|&\n      <jms-service type="DISABLED" default-jms-host="default_JMS_host"><jms-host name="default_JMS_host" host="localhost" port="${JMS_PROVIDER_PORT}"/></jms-service>|
    /<protocol name="http-listener-1">/{n;s|<http |&header-buffer-length-bytes="32768" http2-max-header-list-size-in-bytes="32768" |}
  }' "$xml"
  # Each edit must have landed in the server's own configuration, else fail here, not later.
  local server_config
  server_config=$(sed -n '/<config name="server-config">/,/<\/config>/p' "$xml")
  [[ $(grep -c '<network-listener address="127.0.0.1"' <<<"$server_config") == 3 \
    && $(grep -c 'iiop-listener.*address="127.0.0.1"' <<<"$server_config") == 3 \
    && $(grep -c 'jmx-connector.*address="127.0.0.1"' <<<"$server_config") == 1 \
    && $(grep -c 'jms-service type="DISABLED"' <<<"$server_config") == 1 \
    && $(grep -c 'http2-max-header-list-size-in-bytes="32768"' <<<"$server_config") == 1 \
    && $(grep -c '0\.0\.0\.0' <<<"$server_config") == 0 ]]
  mv "$draft" "$template"
}

start() {
  : "${IT_EAR:?}" "${IT_LOG:?}"
  [[ -d "$template" ]] || create_template
  rm -rf "$IT_SERVER_WORK" && mkdir -p "$IT_SERVER_WORK"
  cp -a "$template/domains" "$domaindir"
  local_asadmin start-domain --domaindir "$domaindir" grantry
  ln -sf "$domaindir/grantry/logs/server.log" "$IT_LOG"
  if [[ -n "${IT_DB_FILE:-}" ]]; then
    # GlassFish ships no H2 driver: the one in grantry.ear's lib/, added to the domain, which needs a restart.
    unzip -o -q -j -d "$IT_SERVER_WORK" "$IT_EAR" 'lib/com.h2database-h2-*.jar'
    asadmin add-library "$IT_SERVER_WORK"/com.h2database-h2-*.jar
    asadmin restart-domain
    asadmin create-jdbc-connection-pool --datasourceclassname=org.h2.jdbcx.JdbcDataSource \
      --restype=javax.sql.XADataSource --steadypoolsize=2 --maxpoolsize=32 \
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
    local_asadmin stop-domain --domaindir "$domaindir" grantry \
      || local_asadmin stop-domain --domaindir "$domaindir" --kill=true grantry || true
  fi
}

"$1"
