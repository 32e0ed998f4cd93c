#!/usr/bin/env bash
# Checks Prometheus' config and rules and every Grafana dashboard query against a running pipeline:
#  1. promtool check config / check rules / test rules (prometheus/tests);
#  2. starts `newswatch demo --fresh` (data in a temporary directory, so data/demo is untouched);
#  3. starts a real Prometheus whose config is derived from prometheus/prometheus.yml (same jobs
#     and rules, targets on localhost, 5 s scrapes) and waits for the services' scrapes;
#  4. checks that every alerting rule evaluates without error;
#  5. evaluates every panel query of every dashboard in grafana/dashboards through Prometheus'
#     HTTP API and fails naming the dashboard and panel whose query errs or returns nothing.
# Installs Debian's prometheus package (and python3-yaml, curl) when absent. Stops everything it
# started, also on failure or Ctrl-C.
#
# Environment: CHECK_PROMETHEUS_PORT (19090), CHECK_DATA_TIMEOUT seconds to wait for data (420).
set -euo pipefail
CHECK=check-dashboards
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
cd "$ROOT"

PROM_PORT="${CHECK_PROMETHEUS_PORT:-19090}"
DATA_TIMEOUT="${CHECK_DATA_TIMEOUT:-420}"

need 'command -v promtool && command -v prometheus' prometheus
need "python3 -c 'import yaml'" python3 python3-yaml
need 'command -v curl' curl

# 1. Static checks.
promtool check config prometheus/prometheus.yml >/dev/null || { promtool check config prometheus/prometheus.yml; fail "promtool check config"; }
promtool check rules prometheus/rules/*.yml >/dev/null || { promtool check rules prometheus/rules/*.yml; fail "promtool check rules"; }
if compgen -G "prometheus/tests/*.yml" >/dev/null; then
  promtool test rules prometheus/tests/*.yml >/dev/null 2>&1 || { promtool test rules prometheus/tests/*.yml; fail "promtool test rules"; }
fi
rule_count="$(cat prometheus/rules/*.yml | grep -c '^ *- alert:' || true)"

use_jdk
ports_free 9092 9401 9402 9403 8089 "$PROM_PORT"

TMP="$(mktemp -d)"
DEMO_PID=""
PROM_PID=""
cleanup() {
  local status=$?
  stop_pid "$PROM_PID" 15
  stop_pid "$DEMO_PID" 60
  if [ "$status" -ne 0 ]; then
    echo "$CHECK: last lines of the demo's log:" >&2
    tail -n 20 "$TMP/demo.log" >&2 2>/dev/null || true
    echo "$CHECK: last lines of Prometheus' log:" >&2
    tail -n 5 "$TMP/prometheus.log" >&2 2>/dev/null || true
  fi
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# 2. The pipeline, offline, from an empty broker.
launcher_classpath "$ROOT" >/dev/null
NEWSWATCH_DATA_DIR="$TMP/data" "$ROOT/newswatch" demo --fresh >"$TMP/demo.log" 2>&1 &
DEMO_PID=$!

# 3. Prometheus, scraping from the start so the first burst of articles and alerts is recorded.
python3 scripts/check_dashboards.py derive prometheus/prometheus.yml "$TMP/prometheus.yml" 5s "$PROM_PORT"
START="$(date +%s)"
prometheus --config.file="$TMP/prometheus.yml" --storage.tsdb.path="$TMP/tsdb" \
  --web.listen-address="127.0.0.1:$PROM_PORT" >"$TMP/prometheus.log" 2>&1 &
PROM_PID=$!
wait_http "http://127.0.0.1:$PROM_PORT/-/ready" 60 || fail "Prometheus did not become ready on port $PROM_PORT"

for port in 9401 9402 9403; do
  wait_http "http://127.0.0.1:$port/health/ready" 300 \
    || fail "newswatch demo: the service on port $port was not ready after 300 s"
done
deadline=$((SECONDS + 60))
until [ "$(curl -fsS "http://127.0.0.1:$PROM_PORT/api/v1/query?query=count(up%7Bjob%3D~%22ingest%7Cenrich%7Calert%22%7D%3D%3D1)" \
        | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(r[0]["value"][1] if r else 0)')" = "3" ]; do
  [ "$SECONDS" -lt "$deadline" ] || fail "Prometheus did not scrape all three services within 60 s (see http://127.0.0.1:$PROM_PORT/targets)"
  sleep 2
done

# 4. Rules evaluate (an expression error only shows at evaluation time).
sleep 10
bad_rules="$(python3 scripts/check_dashboards.py rules "http://127.0.0.1:$PROM_PORT")"
[ -z "$bad_rules" ] || fail "alerting rules fail to evaluate: $bad_rules"

# 5. Every dashboard query.
summary="$(python3 scripts/check_dashboards.py evaluate "http://127.0.0.1:$PROM_PORT" grafana/dashboards "$START" "$DATA_TIMEOUT")" \
  || fail "some dashboard queries return nothing or fail (listed above)"

echo "$CHECK: OK: promtool accepts the config and $rule_count alerting rules (rule tests pass, all evaluate); $summary, on newswatch demo with $(prometheus --version 2>&1 | head -n 1 | awk '{print "Prometheus " $3}')"
