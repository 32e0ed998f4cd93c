#!/usr/bin/env bash
# Runs each compose service's command with exactly the environment the compose file gives it, so a
# variable the code does not read, or reads under another name, fails here and not at a user's.
# For the base stack and the offline variant (docker/compose.offline.yml):
#  1. `docker-compose config` resolves each service's environment; the image's ENV lines are added;
#     compose host names become localhost (kafka:19092 -> localhost:19092), the image paths become
#     the repository (/opt/newswatch) and a temporary directory (/var/lib/newswatch);
#  2. scripts/EnvCheck.source (a single-file Java program; not named .java so that ./newswatch
#     does not take it for a changed source of the build) parses it through the service's own XxxConfig.from and proves that
#     every variable is read (by the service's config or, for launcher settings, by the cli);
#  3. an embedded broker stands in for the kafka service; each service starts as
#     `newswatch <command>` with that environment only (env -i) and must pass the compose
#     healthcheck (docker/healthcheck.sh on its port); offline, ingest must also poll the replay
#     server successfully.
# Installs Debian's docker-compose (and python3-yaml, curl) when absent; stops what it started.
set -euo pipefail
CHECK=check-compose-env
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
cd "$ROOT"

need 'command -v docker-compose' docker-compose
need "python3 -c 'import yaml'" python3 python3-yaml
need 'command -v curl' curl
use_jdk
CP="$(launcher_classpath "$ROOT")"

TMP="$(mktemp -d)"
PIDS=()
cleanup() {
  local status=$? pid
  for ((i = ${#PIDS[@]} - 1; i >= 0; i--)); do
    stop_pid "${PIDS[$i]}" 40
  done
  if [ "$status" -ne 0 ]; then
    for log in "$TMP"/*.log; do
      [ -f "$log" ] || continue
      echo "$CHECK: last lines of $(basename "$log"):" >&2
      tail -n 8 "$log" >&2
    done
  fi
  rm -rf "$TMP"
  exit "$status"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# Environment of each service, as NAME=VALUE files: $TMP/<variant>/<service>.env, plus
# <service>.cmd (the command) and <service>.health (the healthcheck's port).
resolve() { # resolve VARIANT COMPOSE_FILE...
  local variant="$1"
  shift
  local args=()
  for file in "$@"; do
    args+=(-f "$file")
  done
  mkdir -p "$TMP/$variant"
  docker-compose --project-directory "$ROOT" "${args[@]}" config >"$TMP/$variant/config.yml" \
    || fail "docker-compose config rejects the $variant variant"
  python3 - "$ROOT" "$TMP/$variant" "$TMP/state" <<'EOF'
import os, re, sys, yaml
root, out, state = sys.argv[1:4]
config = yaml.safe_load(open(os.path.join(out, "config.yml"), encoding="utf-8"))
services = set(config["services"])
host = re.compile(r"\b(" + "|".join(sorted(services, key=len, reverse=True)) + r")(?=:\d+)")
for name in ("ingest", "enrich", "alert"):
    svc = config["services"][name]
    env = {}
    # The image's own ENV lines (final stage) come first; compose's environment overrides them.
    dockerfile = os.path.join(svc["build"]["context"], svc["build"]["dockerfile"])
    text = re.sub(r"\\\n", " ", open(dockerfile, encoding="utf-8").read())
    final = text[text.rfind("\nFROM "):]
    for line in final.splitlines():
        if line.startswith("ENV "):
            for pair in line[4:].split():
                k, _, v = pair.partition("=")
                env[k] = v
    raw = svc.get("environment") or {}
    if isinstance(raw, list):
        raw = dict(item.split("=", 1) for item in raw)
    env.update({k: "" if v is None else str(v) for k, v in raw.items()})
    def local(value):
        value = host.sub("localhost", value)
        value = value.replace("/opt/newswatch", root).replace("/var/lib/newswatch", state)
        return value
    with open(os.path.join(out, name + ".env"), "w", encoding="utf-8") as f:
        for k, v in sorted(env.items()):
            f.write(f"{k}={local(v)}\n")
    with open(os.path.join(out, name + ".cmd"), "w", encoding="utf-8") as f:
        f.write(" ".join(svc.get("command") or [name]))
    test = svc.get("healthcheck", {}).get("test", [])
    port = next((t for t in test if re.fullmatch(r"\d+", str(t))), "")
    with open(os.path.join(out, name + ".health"), "w", encoding="utf-8") as f:
        f.write(str(port))
EOF
}

resolve base docker-compose.yml
resolve offline docker-compose.yml docker/compose.offline.yml

# 2. Every variable is read.
unread=0
for variant in base offline; do
  for service in ingest enrich alert; do
    if ! java --source 21 -cp "$CP" scripts/EnvCheck.source config "$service" "$TMP/$variant/$service.env" cli/src/main/java \
        >"$TMP/$variant/$service.vars" 2>&1; then
      unread=1
    fi
    sed "s/^/$CHECK: $variant: /" "$TMP/$variant/$service.vars" | grep -E "NOT READ|UNKNOWN|does not parse|Exception|error:" >&2 || true
  done
done
[ "$unread" -eq 0 ] || fail "the compose file sets variables the services do not read (above)"
variables="$(cat "$TMP"/base/*.vars "$TMP"/offline/*.vars | sort -u | wc -l)"

# 3. The services start with that environment and pass the compose healthcheck.
bootstrap="$(grep -h '^KAFKA_BOOTSTRAP_SERVERS=' "$TMP/base/ingest.env" | cut -d= -f2)"
broker_port="${bootstrap##*:}"
ports_free "$broker_port" 9401 9402 9403 8089
mkdir -p "$TMP/state" "$TMP/broker"
java --source 21 -cp "$CP" scripts/EnvCheck.source broker "$TMP/broker" "$broker_port" >"$TMP/broker.log" 2>&1 &
PIDS+=($!)
deadline=$((SECONDS + 90))
until grep -q '^ready' "$TMP/broker.log"; do
  [ "$SECONDS" -lt "$deadline" ] && kill -0 "${PIDS[0]}" 2>/dev/null || fail "the embedded broker did not start on port $broker_port"
  sleep 1
done

started=0
for variant in base offline; do
  SERVICE_PIDS=()
  for service in ingest enrich alert; do
    mapfile -t vars <"$TMP/$variant/$service.env"
    read -r -a command <"$TMP/$variant/$service.cmd" || true
    env -i PATH="$PATH" JAVA_HOME="$JAVA_HOME" HOME="$TMP" "${vars[@]}" \
      java -Xmx512m -cp "$CP" io.newswatch.cli.Newswatch "${command[@]}" >"$TMP/$variant-$service.log" 2>&1 &
    PIDS+=($!)
    SERVICE_PIDS+=($!)
  done
  for service in ingest enrich alert; do
    port="$(cat "$TMP/$variant/$service.health")"
    [ -n "$port" ] || fail "$variant: the compose healthcheck of $service names no port"
    deadline=$((SECONDS + 180))
    until "$ROOT/docker/healthcheck.sh" "$port" >/dev/null 2>&1; do
      [ "$SECONDS" -lt "$deadline" ] || fail "$variant: $service (newswatch $(cat "$TMP/$variant/$service.cmd")) did not pass its healthcheck on port $port within 180 s"
      sleep 2
    done
    started=$((started + 1))
  done
  if [ "$variant" = offline ]; then
    deadline=$((SECONDS + 90))
    until curl -fsS "http://127.0.0.1:$(cat "$TMP/offline/ingest.health")/metrics" 2>/dev/null \
        | grep -Eq '^newswatch_ingest_polls_total\{[^}]*outcome="ok"[^}]*\} [1-9]'; do
      [ "$SECONDS" -lt "$deadline" ] || fail "offline: ingest is up but never polled the replay server successfully (is NEWSWATCH_REPLAY_DIR read by the launcher?)"
      sleep 3
    done
  fi
  for ((i = ${#SERVICE_PIDS[@]} - 1; i >= 0; i--)); do
    stop_pid "${SERVICE_PIDS[$i]}" 40
  done
done

echo "$CHECK: OK: $variables variable settings of base and offline read by the services or the launcher; $started service starts with exactly the compose environment passed their healthchecks"
