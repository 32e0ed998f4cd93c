# Shared helpers of the check scripts (sourced, not run).

# Installs Debian packages unless a probe succeeds: need PROBE PACKAGE...
#   need 'command -v promtool' prometheus
#   need "python3 -c 'import yaml'" python3 python3-yaml
need() {
  local probe="$1"
  shift
  if eval "$probe" >/dev/null 2>&1; then
    return 0
  fi
  command -v apt-get >/dev/null 2>&1 \
    || fail "'$probe' fails and this is not a Debian-like system; install: $*"
  echo "$CHECK: installing $* from the Debian packages ..." >&2
  local sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    sudo="sudo"
  fi
  $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "$@" >&2
  eval "$probe" >/dev/null 2>&1 || fail "installed $* but '$probe' still fails"
}

fail() {
  echo "$CHECK: FAILED: $*" >&2
  exit 1
}

# A JDK >= 21, the same search as ./newswatch: sets JAVA_HOME and PATH.
use_jdk() {
  java_major() {
    local v
    v="$("$1" -XshowSettings:properties -version 2>&1 | awk -F'= ' '/java.specification.version/ {print $2; exit}')"
    echo "${v:-0}" | cut -d. -f1
  }
  local candidate=""
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/javac" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    candidate="$JAVA_HOME"
  elif command -v javac >/dev/null 2>&1 && [ "$(java_major java)" -ge 21 ]; then
    candidate="$(dirname "$(dirname "$(readlink -f "$(command -v javac)")")")"
  else
    for dir in /usr/lib/jvm/*; do
      if [ -x "$dir/bin/javac" ] && [ "$(java_major "$dir/bin/java")" -ge 21 ]; then
        candidate="$dir"
        break
      fi
    done
  fi
  [ -n "$candidate" ] || fail "needs a JDK 21 or newer (none in JAVA_HOME, on the PATH or under /usr/lib/jvm)"
  export JAVA_HOME="$candidate"
  export PATH="$JAVA_HOME/bin:$PATH"
}

# Builds the launcher when needed (as ./newswatch does) and prints its class path.
launcher_classpath() {
  local root="$1"
  "$root/newswatch" --version >/dev/null || fail "./newswatch could not build or start the launcher"
  local jar
  jar="$(ls "$root"/cli/target/newswatch-cli-*.jar 2>/dev/null | head -n 1)"
  [ -n "$jar" ] || fail "no cli/target/newswatch-cli-*.jar after the build"
  echo "$jar:$root/cli/target/lib/*"
}

# Fails when one of the TCP ports is taken: ports_free PORT...
ports_free() {
  local port
  for port in "$@"; do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      fail "port $port is already in use on this machine; stop what listens there (another newswatch demo or up?) and run again"
    fi
  done
}

# Waits until a URL answers 200: wait_http URL SECONDS
wait_http() {
  local url="$1" deadline=$((SECONDS + $2))
  until curl -fsS -o /dev/null --max-time 3 "$url" 2>/dev/null; do
    if [ "$SECONDS" -ge "$deadline" ]; then
      return 1
    fi
    sleep 2
  done
}

# Stops a process started by the script (TERM, then KILL after a grace period): stop_pid PID [SECONDS]
stop_pid() {
  local pid="$1" grace="${2:-30}" waited=0
  [ -n "$pid" ] || return 0
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null && [ "$waited" -lt "$grace" ]; do
    sleep 1
    waited=$((waited + 1))
  done
  if kill -0 "$pid" 2>/dev/null; then
    echo "$CHECK: pid $pid did not stop in ${grace}s; killing it" >&2
    kill -KILL "$pid" 2>/dev/null || true
  fi
  wait "$pid" 2>/dev/null || true
}
