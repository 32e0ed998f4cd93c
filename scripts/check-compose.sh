#!/usr/bin/env bash
# Checks the compose stack without a Docker engine:
#  - `docker-compose config` validates docker-compose.yml alone, with the offline override and with
#    the external-cluster example;
#  - the files agree with each other: images and Dockerfiles, ports, healthchecks, Prometheus
#    targets and rules, Grafana provisioning and dashboards (scripts/compose_checks.py).
# Installs Debian's docker-compose (and python3-yaml) when absent. Prints one summary line on success.
set -euo pipefail
CHECK=check-compose
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=scripts/lib.sh
. "$ROOT/scripts/lib.sh"
cd "$ROOT"

need 'command -v docker-compose' docker-compose
need "python3 -c 'import yaml'" python3 python3-yaml

TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

# Outside the repository's own override, so a user's docker-compose.override.yml never leaks in.
variants=(
  "base:docker-compose.yml"
  "offline:docker-compose.yml docker/compose.offline.yml"
  "external-kafka:docker-compose.yml docker/external-kafka.example.yml"
)
for variant in "${variants[@]}"; do
  name="${variant%%:*}"
  args=()
  for file in ${variant#*:}; do
    args+=(-f "$file")
  done
  if ! docker-compose --project-directory "$ROOT" "${args[@]}" config >"$TMP/$name.yml" 2>"$TMP/$name.err"; then
    cat "$TMP/$name.err" >&2
    fail "docker-compose config rejects the $name variant (${variant#*:})"
  fi
done

summary="$(python3 "$ROOT/scripts/compose_checks.py" "$ROOT" "$TMP/base.yml" "$TMP/offline.yml")" \
  || fail "the compose files, Dockerfiles, Prometheus and Grafana files disagree (see above)"

echo "$CHECK: OK: docker-compose $(docker-compose version --short 2>/dev/null || echo '?') accepts the base, offline and external-kafka variants; $summary"
