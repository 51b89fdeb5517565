#!/usr/bin/env bash
# Grantry's speed benchmark (issue 17): JMH figures of the parts of one issuance, then HTTP load runs with wrk
# against Grantry on Payara Micro (H2 file database, the run command's JVM options), on 127.0.0.1 only.
#
#   bench/run.sh [--runs N] [--duration SECONDS] [--warmup SECONDS] [--algorithm RS256|ES256] [--port PORT]
#                [--scenarios "client_credentials authorization_code …"] [--connections "16 64"]
#                [--jmh "JMH iteration options"]   (default "-wi 2 -w 3s -i 3 -r 5s")
#                [--war path/to/grantry.war]       (another build of Grantry, e.g. an older commit's, to compare)
#                [--audit-events N]                (fill the audit trail with N sealed events before the start;
#                                                   adds the audit scenarios: page, filters, CSV export, API, and
#                                                   one chain verification)
#
# Prints one table (the median run of each scenario by requests/s), the JMH figures, the endpoint's rate as a
# fraction of the signing-only limit measured in the same run, and checks that every successful token response has
# its token record and its audit event. Needs Debian's wrk (apt-get install wrk). Results: bench/target/run/.
set -euo pipefail
cd "$(dirname "$0")/.."

AUDIT_EVENTS=0 RUNS=3 DURATION=15 WARMUP=5 ALGORITHM=RS256 PORT=8480 CONNECTIONS="16 64" JMH="-wi 2 -w 3s -i 3 -r 5s"
SCENARIOS="client_credentials authorization_code refresh_token introspection jwks metadata consent_page"
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) RUNS=$2; shift 2 ;;
    --duration) DURATION=$2; shift 2 ;;
    --warmup) WARMUP=$2; shift 2 ;;
    --algorithm) ALGORITHM=$2; shift 2 ;;
    --port) PORT=$2; shift 2 ;;
    --scenarios) SCENARIOS=$2; shift 2 ;;
    --connections) CONNECTIONS=$2; shift 2 ;;
    --jmh) JMH=$2; shift 2 ;;
    --war) WAR=$(realpath "$2"); shift 2 ;;
    --audit-events) AUDIT_EVENTS=$2; shift 2 ;;
    *) echo "Unknown option $1" >&2; exit 2 ;;
  esac
done
command -v wrk >/dev/null || { echo "The benchmark needs wrk: apt-get install wrk" >&2; exit 1; }

BASE="http://127.0.0.1:$PORT"
WORK=bench/target/run
THREADS=2
# The JVM options of the README's run command (./mvnw -Prun package), so that the figures are what ops get; more
# (e.g. a flight recording) from GRANTRY_BENCH_JVM_OPTIONS.
JVM_OPTIONS="@$PWD/micro/jvm.options ${GRANTRY_BENCH_JVM_OPTIONS:-}"

echo "== Building (Micro WAR, benchmark module)"
./mvnw -B -q -Pbench package -DskipTests -Djacoco.skip=true -Dspotless.check.skip=true -pl bench -am
rm -rf "$WORK" && mkdir -p "$WORK"
CLASSPATH="bench/target/classes:$(cat bench/target/classpath.txt)"
WAR=${WAR:-$PWD/bench/target/grantry.war}

echo "== JMH: the parts of one issuance, 2 threads (both cores), before the server starts"
java -cp "$CLASSPATH" org.openjdk.jmh.Main -f 1 $JMH -t "$THREADS" \
  -jvmArgsAppend "-Dbench.db=$WORK/jmh-db" -rf json -rff "$WORK/jmh.json" \
  'SigningBenchmark|ClaimsBenchmark|ClientAuthenticationBenchmark|TokenRecordWritesBenchmark' > "$WORK/jmh.log" 2>&1
grep -E '^(Benchmark|d\.g|dev\.)' "$WORK/jmh.log" || true

if [ "$AUDIT_EVENTS" -gt 0 ]; then
  echo "== Filling the audit trail with $AUDIT_EVENTS sealed events"
  java -cp "$CLASSPATH" dev.grantry.bench.AuditFill "jdbc:h2:file:$PWD/$WORK/data/grantry" "$AUDIT_EVENTS" \
    2> "$WORK/audit-fill.log"
  grep -o "Inserted and sealed.*" "$WORK/audit-fill.log"
  SCENARIOS="$SCENARIOS audit_page audit_filter_client audit_filter_user audit_export audit_api"
fi

echo "== Starting Grantry on $BASE ($ALGORITHM)"
ADMIN_PASSWORD="bench-$(head -c 12 /dev/urandom | od -An -tx1 | tr -d ' \n')"
INITIAL_TOKEN="bench-initial-token-$(head -c 24 /dev/urandom | od -An -tx1 | tr -d ' \n')"
(
  cd "$WORK"
  GRANTRY_ISSUER="$BASE" \
  GRANTRY_DB_URL="jdbc:h2:file:./data/grantry;LOCK_TIMEOUT=10000" \
  GRANTRY_ADMIN_PASSWORD="$ADMIN_PASSWORD" \
  GRANTRY_CLIENT_REGISTRATION_INITIAL_TOKEN="$INITIAL_TOKEN" \
  GRANTRY_TOKEN_SIGNING_ALGORITHM="$ALGORITHM" \
  GRANTRY_CODE_LIFETIME=PT2H \
  GRANTRY_AUTHORIZATION_REQUEST_LIFETIME=PT4H \
  GRANTRY_SIGNIN_MAX_FAILURES_PER_IP=100000 \
  GRANTRY_CLIENT_REGISTRATION_MAX_PER_IP=100000 \
  MALLOC_ARENA_MAX=2 \
  exec java $JVM_OPTIONS -jar ../payara-micro.jar --deploy "$WAR" --port "$PORT" \
    --prebootcommandfile ../micro/preboot.txt --nohazelcast --disablephonehome
) > "$WORK/grantry.log" 2>&1 &
SERVER=$!
stop_server() { kill "$SERVER" 2>/dev/null && wait "$SERVER" 2>/dev/null || true; }
trap stop_server EXIT
# Grantry's own "ready" comes before the pages are deployed; Payara Micro's comes when everything is.
for _ in $(seq 1 180); do
  grep -qE "Payara Micro .*ready in" "$WORK/grantry.log" && break
  kill -0 "$SERVER" 2>/dev/null || { tail -50 "$WORK/grantry.log"; exit 1; }
  sleep 1
done
grep -qE "Payara Micro .*ready in" "$WORK/grantry.log" || { echo "Grantry did not start" >&2; exit 1; }
SERVER_PID=$SERVER # the subshell exec'd java

echo "== Preparing applications, a signed-in user and tokens through the public endpoints"
prepare() { java -cp "$CLASSPATH" dev.grantry.bench.Prepare "$@"; }
prepare setup "$BASE" "$INITIAL_TOKEN" admin "$ADMIN_PASSWORD" "$WORK"
property() { grep "^$1=" "$WORK/bench.properties" | cut -d= -f2- | sed 's/\\//g'; }
export SERVICE_AUTHORIZATION=$(property service.authorization)
export INTROSPECTOR_AUTHORIZATION=$(property introspector.authorization)
export WEB_AUTHORIZATION=$(property web.authorization)
export ACCESS_TOKEN=$(property access_token)
export VERIFIER=$(property verifier)
export REDIRECT_URI_ENCODED=$(property redirect_uri | sed 's/:/%3A/g; s#/#%2F#g')
export THREADS
CONSENT_PATH=$(property consent.path)
SESSION_COOKIE=$(property cookie)
PREPARED_TOKENS=1 # the access token introspected
if [ "$AUDIT_EVENTS" -gt 0 ]; then
  prepare auditor "$WORK"
  AUDIT_TOKEN=$(cat "$WORK/audit-token.txt")
  PREPARED_TOKENS=$(( PREPARED_TOKENS + 1 ))
  echo "== Verifying the chain of $AUDIT_EVENTS events once (GET /api/v1/audit/verify)"
  curl -s -o "$WORK/verify.json" -w "verification: HTTP %{http_code} in %{time_total} s\n" \
    -H "Authorization: Bearer $AUDIT_TOKEN" "$BASE/api/v1/audit/verify"
  cat "$WORK/verify.json"; echo
fi

cpu_ticks() { awk '{print $14 + $15}' "/proc/$SERVER_PID/stat"; }
CLOCK_TICKS=$(getconf CLK_TCK)
TOKEN_RESPONSES=0 IN_FLIGHT_BOUND=0
RESULTS="$WORK/results.tsv"
printf 'scenario\tconnections\trun\trequests_per_s\tp50_ms\tp99_ms\terrors\tcpu_us_per_request\trss_mib\n' > "$RESULTS"

# One wrk run of $1 at $2 connections for $3 seconds; writes its figures (tab-separated) to $WORK/last.tsv. Runs in
# this shell, not a subshell, so that the counts it keeps add up.
load() {
  local scenario=$1 connections=$2 seconds=$3 script=get.lua path=/ cookie=""
  case "$scenario" in
    client_credentials|authorization_code|refresh_token) script=$scenario.lua path=/oauth/token ;;
    introspection) script=introspection.lua path=/oauth/introspect ;;
    jwks) path=/oauth/jwks ;;
    metadata) path=/.well-known/oauth-authorization-server ;;
    consent_page) path=$CONSENT_PATH cookie=$SESSION_COOKIE ;;
    audit_page) path=/admin/audit cookie=$SESSION_COOKIE ;;
    audit_filter_client) path=/admin/audit?client=client-7 cookie=$SESSION_COOKIE ;;
    audit_filter_user) path=/admin/audit?user=user42 cookie=$SESSION_COOKIE ;;
    audit_export) path=/admin/audit/export.csv?client=client-7 cookie=$SESSION_COOKIE ;;
    audit_api) path="/api/v1/audit?limit=50" cookie="" ;;
  esac
  case "$scenario" in
    authorization_code)
      # Redemptions ran up to 1.4 times as fast as client_credentials: twice its best rate, so that no run runs out.
      local codes=$(( ${CC_RATE:-2000} * seconds * 2 + 500 ))
      prepare codes "$WORK" "$codes" "$WORK/codes.txt" 2>>"$WORK/prepare.log"
      export CODES_FILE="$WORK/codes.txt" ;;
    refresh_token)
      prepare refresh "$WORK" $(( connections * 4 )) "$WORK/refresh.txt" 2>>"$WORK/prepare.log"
      PREPARED_TOKENS=$(( PREPARED_TOKENS + connections * 4 ))
      export REFRESH_FILE="$WORK/refresh.txt" ;;
  esac
  local bearer=""
  if [ "$scenario" = audit_api ]; then bearer=$AUDIT_TOKEN; fi
  local before=$(cpu_ticks)
  local line=$(GET_PATH="$path" COOKIE="$cookie" BEARER="$bearer" wrk -t "$THREADS" -c "$connections" -d "${seconds}s" \
    -s "bench/lua/$script" "$BASE$path" | grep '^RESULT')
  local after=$(cpu_ticks)
  eval "${line#RESULT }" # requests non2xx socket_errors duration_us p50_us p99_us
  if [ "$path" = /oauth/token ]; then
    TOKEN_RESPONSES=$(( TOKEN_RESPONSES + requests - non2xx ))
    IN_FLIGHT_BOUND=$(( IN_FLIGHT_BOUND + connections ))
  fi
  local rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$SERVER_PID/status")
  awk -v r="$requests" -v d="$duration_us" -v p50="$p50_us" -v p99="$p99_us" -v e=$(( non2xx + socket_errors )) \
      -v cpu=$(( after - before )) -v hz="$CLOCK_TICKS" -v rss="$rss" \
    'BEGIN { printf "%.0f\t%.1f\t%.1f\t%d\t%.0f\t%d\n", r / (d / 1e6), p50 / 1000, p99 / 1000, e, cpu * 1e6 / hz / (r > 0 ? r : 1), rss }' \
    > "$WORK/last.tsv"
}

for scenario in $SCENARIOS; do
  for connections in $CONNECTIONS; do
    echo "== $scenario, $connections connections: warm-up ${WARMUP}s, then $RUNS runs of ${DURATION}s"
    load "$scenario" "$connections" "$WARMUP"
    for run in $(seq 1 "$RUNS"); do
      load "$scenario" "$connections" "$DURATION"
      figures=$(cat "$WORK/last.tsv")
      printf '%s\t%s\t%s\t%s\n' "$scenario" "$connections" "$run" "$figures" | tee -a "$RESULTS"
      rate=$(cut -f1 <<<"$figures")
      if [ "$scenario" = client_credentials ] && [ "$rate" -gt "${CC_RATE:-0}" ]; then CC_RATE=$rate; fi
    done
  done
done
PEAK_RSS=$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$SERVER_PID/status")

echo "== Stopping Grantry; counting token records and audit events"
stop_server
trap - EXIT
prepare count "jdbc:h2:file:$PWD/$WORK/data/grantry" "$WORK/count.txt"

echo
echo "== Grantry $ALGORITHM — median of $RUNS runs of ${DURATION}s (wrk, $THREADS threads, 127.0.0.1)"
# The score is the field before "±" (several iterations) or before the unit (one).
SIGNING_LIMIT=$(grep -E "SigningBenchmark.sign +$ALGORITHM" "$WORK/jmh.log" \
  | awk '{ for (i = 1; i <= NF; i++) if ($i == "±" || $i == "ops/s") { print int($(i - 1)); exit } }')
awk -F'\t' -v limit="$SIGNING_LIMIT" -v runs="$RUNS" '
  NR == 1 { next }
  { key = $1 "\t" $2; n[key]++; rate[key, n[key]] = $4; row[key, n[key]] = $0; if (!(key in order)) { order[key] = ++keys; name[keys] = key } }
  END {
    printf "%-20s %5s %10s %8s %8s %7s %12s %8s %9s\n", "scenario", "conn", "req/s", "p50 ms", "p99 ms", "errors", "CPU us/req", "RSS MiB", "of limit"
    for (k = 1; k <= keys; k++) {
      key = name[k]; m = n[key]
      for (i = 1; i <= m; i++) idx[i] = i
      for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (rate[key, idx[j]] < rate[key, idx[i]]) { t = idx[i]; idx[i] = idx[j]; idx[j] = t }
      split(row[key, idx[int((m + 1) / 2)]], f, "\t")
      share = (f[1] ~ /client_credentials|authorization_code|refresh_token/ && limit > 0) ? sprintf("%.0f %%", 100 * f[4] / limit) : ""
      printf "%-20s %5s %10s %8s %8s %7s %12s %8s %9s\n", f[1], f[2], f[4], f[5], f[6], f[7], f[8], f[9], share
    }
  }' "$RESULTS"
echo
echo "Signing-only limit ($ALGORITHM, JMH, $THREADS threads): ${SIGNING_LIMIT}/s; peak RSS of the server: ${PEAK_RSS} MiB"
grep -E '^(Benchmark|d\.g|dev\.)' "$WORK/jmh.log" || true
echo
cat "$WORK/count.txt"
# wrk stops counting at the end of each run while up to one request per connection is still in flight: the server
# answers (and records) those, so the records may exceed the counted responses by at most that many, never fall short.
ACCESS_RECORDS=$(grep access_token_records "$WORK/count.txt" | cut -d= -f2)
EVENTS=$(grep token_issued_events "$WORK/count.txt" | cut -d= -f2 || true)
COUNTED=$(( TOKEN_RESPONSES + PREPARED_TOKENS ))
IN_FLIGHT=$(( IN_FLIGHT_BOUND ))
echo "Token records: $ACCESS_RECORDS; TOKEN_ISSUED audit events: ${EVENTS:-none (a build without the audit trail)}; successful token responses counted by" \
  "the clients: $COUNTED, plus at most $IN_FLIGHT in flight when the runs stopped"
if { [ -n "$EVENTS" ] && [ "$ACCESS_RECORDS" != "$EVENTS" ]; } || [ "$ACCESS_RECORDS" -lt "$COUNTED" ] \
    || [ "$ACCESS_RECORDS" -gt $(( COUNTED + IN_FLIGHT )) ]; then
  echo "Token records do not match the responses: something was lost or duplicated" >&2
  exit 1
fi
echo "Nothing lost or duplicated."
