#!/usr/bin/env bash
# WildFly for one failsafe execution of the integration tests, set up with jboss-cli as the README's "Deploy on your
# application server" section tells ops (with this test run's ports):
#   jboss-cli-server.sh start   copies the configured server base directory into $IT_SERVER_WORK (the first execution
#                               that needs it configures it, offline with embed-server, so no reload is needed),
#                               starts standalone.xml with this environment (Grantry's settings are its GRANTRY_*
#                               variables, which the server inherits), defines ops' datasource java:/jdbc/grantry
#                               when $IT_DB_FILE names an H2 file (else Grantry uses its own embedded one), deploys
#                               $IT_EAR (and $IT_SAMPLE_WAR when set)
#   jboss-cli-server.sh stop    shuts that server down (also when the tests failed; harmless when it is not running)
# $IT_SERVER_HOME is the unpacked distribution; every socket binds 127.0.0.1 (standalone.xml's default): HTTP on
# $IT_PORT, HTTPS on $IT_PORT + 3, AJP (unused) on $IT_PORT + 9, management on $IT_PORT + 10 and + 13. The server's log
# is linked at $IT_LOG.
set -euo pipefail
: "${IT_SERVER_HOME:?}" "${IT_SERVER_WORK:?}" "${IT_PORT:?}"
management=$((IT_PORT + 10))
basedir="$IT_SERVER_WORK/standalone"
cli() { "$IT_SERVER_HOME/bin/jboss-cli.sh" --connect --controller="127.0.0.1:$management" "$@"; }

# The configured server base directory beside the executions' directories, created by the first execution that finds
# none for this port and this version of the script (so once per build after clean); each execution starts its own copy of it.
template="$(dirname "$IT_SERVER_WORK")/wildfly-standalone-$IT_PORT-$(sha1sum "$0" | cut -c1-12)"

create_template() {
  local draft="$template.draft"
  rm -rf "$draft" && cp -a "$IT_SERVER_HOME/standalone" "$draft"
  # What the README runs with jboss-cli against the running server and a reload, run here against the configuration
  # file before the first start instead (embed-server): same configuration, no reload.
  JAVA_OPTS="-Djboss.server.base.dir=$draft" "$IT_SERVER_HOME/bin/jboss-cli.sh" --file=/dev/stdin <<COMMANDS
embed-server --server-config=standalone.xml --std-out=discard
/subsystem=undertow/application-security-domain=other:write-attribute(name=integrated-jaspi,value=false)
/system-property=eclipselink.target-server:add(value=JBoss)
/subsystem=undertow/configuration=filter/expression-filter=issuer-host:add(expression="set(attribute='%{i,Host}', value='127.0.0.1:$IT_PORT')")
/subsystem=undertow/server=default-server/host=default-host/filter-ref=issuer-host:add
stop-embedded-server
COMMANDS
  rm -rf "$draft/data" "$draft/log" "$draft/tmp" "$draft/configuration/standalone_xml_history"
  mv "$draft" "$template"
}

start() {
  : "${IT_EAR:?}" "${IT_LOG:?}"
  [[ -d "$template" ]] || create_template
  rm -rf "$IT_SERVER_WORK" && mkdir -p "$IT_SERVER_WORK"
  cp -a "$template" "$basedir"
  mkdir -p "$basedir/log" && touch "$basedir/log/server.log"
  ln -sf "$basedir/log/server.log" "$IT_LOG"
  # The server's working directory is the execution's, so that Grantry's embedded database lands there.
  (cd "$IT_SERVER_WORK" && nohup "$IT_SERVER_HOME/bin/standalone.sh" -c standalone.xml \
    -Djboss.server.base.dir="$basedir" \
    -Djboss.http.port="$IT_PORT" -Djboss.https.port=$((IT_PORT + 3)) -Djboss.ajp.port=$((IT_PORT + 9)) \
    -Djboss.management.http.port="$management" -Djboss.management.https.port=$((IT_PORT + 13)) \
    > "$IT_SERVER_WORK/console.log" 2>&1 & echo $! > "$IT_SERVER_WORK/pid")
  until [[ "$(cli --commands=':read-attribute(name=server-state)' 2>/dev/null | grep -o '"result" => "[a-z-]*"')" \
    == '"result" => "running"' ]]; do
    kill -0 "$(cat "$IT_SERVER_WORK/pid")" || { cat "$IT_SERVER_WORK/console.log"; exit 1; }
    sleep 1
  done
  if [[ -n "${IT_DB_FILE:-}" ]]; then
    cli --commands="data-source add --name=grantry --jndi-name=java:/jdbc/grantry --driver-name=h2 \
--connection-url=jdbc:h2:file:$IT_DB_FILE;LOCK_TIMEOUT=10000 --user-name=grantry --password=grantry \
--min-pool-size=2 --max-pool-size=64"
  fi
  cli --commands="deploy $IT_EAR --name=grantry.ear"
  if [[ -n "${IT_SAMPLE_WAR:-}" ]]; then
    cli --commands="deploy $IT_SAMPLE_WAR --name=sample-resource-server.war"
  fi
}

stop() {
  if [[ -f "$IT_SERVER_WORK/pid" ]] && kill -0 "$(cat "$IT_SERVER_WORK/pid")" 2>/dev/null; then
    cli --commands=':shutdown' || kill "$(cat "$IT_SERVER_WORK/pid")" || true
  fi
}

"$1"
