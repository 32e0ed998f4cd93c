#!/usr/bin/env python3
"""Evaluates every query of every Grafana dashboard through a running Prometheus.

usage:
  check_dashboards.py derive COMPOSE_PROMETHEUS_YML OUT_YML SCRAPE_INTERVAL PROMETHEUS_PORT
      writes a Prometheus config with the same jobs and rules as the compose one, each target's
      host swapped for localhost (Prometheus' own on PROMETHEUS_PORT) and rule files made absolute
  check_dashboards.py rules PROMETHEUS_URL
      prints each rule whose evaluation failed (nothing when all are healthy)
  check_dashboards.py evaluate PROMETHEUS_URL DASHBOARD_DIR START_EPOCH TIMEOUT_SECONDS
      polls until every panel query returns data (or the timeout), then reports; exit 1 naming
      each dashboard and panel whose query errs or returns nothing

A query "returns data" when the range query over the time since START_EPOCH (what a panel shows)
has at least one series with a value that is not NaN. Grafana's variables are substituted the way
Grafana would: $__rate_interval 1m, $__interval 15s, $__range the elapsed time, a dashboard
variable as its "All" value (.*). Each dashboard variable's label_values() query must find values.
"""
import glob
import json
import math
import os
import re
import sys
import time
import urllib.error
import urllib.parse
import urllib.request


def derive(source, out, interval, port):
    import yaml

    with open(source, encoding="utf-8") as f:
        config = yaml.safe_load(f)
    base = os.path.dirname(os.path.abspath(source))
    config.setdefault("global", {})["scrape_interval"] = interval
    config["global"]["evaluation_interval"] = interval
    config["global"]["scrape_timeout"] = interval
    config["rule_files"] = [os.path.join(base, r) for r in config.get("rule_files", [])]
    for job in config.get("scrape_configs", []):
        for static in job.get("static_configs", []):
            if job.get("job_name") == "prometheus":
                static["targets"] = [f"localhost:{port}"]
            else:
                static["targets"] = ["localhost:" + t.rsplit(":", 1)[1] for t in static.get("targets", [])]
    with open(out, "w", encoding="utf-8") as f:
        yaml.safe_dump(config, f, sort_keys=False)


def api(url, path, params):
    query = urllib.parse.urlencode(params, doseq=True)
    try:
        with urllib.request.urlopen(f"{url}{path}?{query}", timeout=30) as response:
            return json.load(response)
    except urllib.error.HTTPError as e:
        try:
            return json.load(e)
        except ValueError:
            return {"status": "error", "error": f"HTTP {e.code}"}
    except (urllib.error.URLError, OSError) as e:
        return {"status": "error", "error": str(e)}


def substitute(expr, variables, elapsed):
    expr = expr.replace("$__rate_interval", "1m").replace("${__rate_interval}", "1m")
    expr = expr.replace("$__interval", "15s").replace("${__interval}", "15s")
    expr = expr.replace("$__range", f"{elapsed}s").replace("${__range}", f"{elapsed}s")
    for name in sorted(variables, key=len, reverse=True):
        expr = expr.replace("${" + name + "}", ".*").replace("$" + name, ".*")
    return expr


def queries(dashboard_dir):
    """(dashboard title, panel title, refId, expr) for every query; variable queries get refId 'variable'."""
    found = []
    for path in sorted(glob.glob(os.path.join(dashboard_dir, "*.json"))):
        with open(path, encoding="utf-8") as f:
            d = json.load(f)
        title = d.get("title", os.path.basename(path))
        variables = [v["name"] for v in d.get("templating", {}).get("list", [])]
        for v in d.get("templating", {}).get("list", []):
            q = v.get("query")
            q = q.get("query") if isinstance(q, dict) else q
            found.append((title, f"variable ${v['name']}", "variable", q, variables))
        panels = []
        for p in d.get("panels", []):
            panels.append(p)
            panels.extend(p.get("panels", []))  # panels inside collapsed rows
        for p in panels:
            for t in p.get("targets", []):
                if t.get("expr"):
                    found.append((title, p.get("title", "?"), t.get("refId", "?"), t["expr"], variables))
    return found


def evaluate_one(url, expr, variables, start, now):
    elapsed = max(60, int(now - start))
    m = re.fullmatch(r"\s*label_values\(\s*([^,]+?)\s*,\s*(\w+)\s*\)\s*", expr)
    if m:
        answer = api(url, f"/api/v1/label/{m.group(2)}/values", {"match[]": m.group(1), "start": start, "end": now})
        if answer.get("status") != "success":
            return "error: " + answer.get("error", "?")
        return None if answer["data"] else "no values"
    answer = api(url, "/api/v1/query_range", {"query": substitute(expr, variables, elapsed), "start": start, "end": now, "step": 5})
    if answer.get("status") != "success":
        return "error: " + answer.get("error", "?")
    for series in answer["data"]["result"]:
        for _, value in series.get("values", []):
            if not math.isnan(float(value)):
                return None
    return "no data"


def evaluate(url, dashboard_dir, start, timeout):
    all_queries = queries(dashboard_dir)
    deadline = time.time() + timeout
    pending = list(all_queries)
    failures = {}
    while True:
        now = time.time()
        still = []
        for q in pending:
            result = evaluate_one(url, q[3], q[4], start, now)
            if result is None:
                failures.pop(q[:3], None)
            else:
                failures[q[:3]] = (result, q[3])
                still.append(q)
        pending = still
        # A query error will not heal by waiting.
        if not pending or time.time() >= deadline or all(r.startswith("error") for r, _ in failures.values()):
            break
        print(f"check-dashboards: {len(pending)} of {len(all_queries)} queries without data yet ...", file=sys.stderr)
        time.sleep(10)
    dashboards = {q[0] for q in all_queries}
    panels = {q[:2] for q in all_queries if q[2] != "variable"}
    if failures:
        for (dash, panel, ref), (result, expr) in sorted(failures.items()):
            print(f"check-dashboards: dashboard '{dash}', panel '{panel}' ({ref}): {result}\n    {expr}", file=sys.stderr)
        print(f"check-dashboards: {len(failures)} of {len(all_queries)} queries failed", file=sys.stderr)
        return 1
    print(f"{len(dashboards)} dashboards, {len(panels)} panels, {len(all_queries)} queries (variables included) all returned data")
    return 0


def rules(url):
    """Prints each alerting or recording rule whose last evaluation failed."""
    answer = api(url, "/api/v1/rules", {})
    if answer.get("status") != "success":
        print("the rules API failed: " + answer.get("error", "?"))
        return
    for group in answer["data"]["groups"]:
        for rule in group["rules"]:
            if rule.get("health") == "err":
                print(f"{group['name']}/{rule['name']}: {rule.get('lastError')}")


def main():
    if sys.argv[1] == "rules":
        rules(sys.argv[2])
        return 0
    if sys.argv[1] == "derive":
        derive(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5])
        return 0
    if sys.argv[1] == "evaluate":
        return evaluate(sys.argv[2], sys.argv[3], float(sys.argv[4]), float(sys.argv[5]))
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main())
