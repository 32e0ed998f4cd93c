#!/usr/bin/env bash
# Container healthcheck of a Newswatch service: healthy only when GET /health/ready on the
# service's own port answers 200. Plain bash (/dev/tcp): the JRE image has no curl to rely on.
#   newswatch-healthcheck PORT [PATH]
set -euo pipefail
port="${1:?usage: newswatch-healthcheck PORT [PATH]}"
path="${2:-/health/ready}"
if ! { exec 3<>"/dev/tcp/127.0.0.1/${port}"; } 2>/dev/null; then
  echo "nothing listens on port ${port}"
  exit 1
fi
printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nConnection: close\r\n\r\n' "${path}" >&3
status=""
IFS= read -r -t 4 status <&3 || true
exec 3<&-
case "${status}" in
  HTTP/1.?" 200 "*) exit 0 ;;
  *) echo "${path} on port ${port}: ${status:-no answer}"; exit 1 ;;
esac
