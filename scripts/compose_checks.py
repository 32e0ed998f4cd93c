#!/usr/bin/env python3
"""Consistency checks between the compose file (as `docker-compose config` resolved it), the
Dockerfiles, the Prometheus config and the Grafana files. Problems go to stderr, one per line;
the exit status is 1 when there is any. On success prints a one-line summary on stdout.

usage: compose_checks.py REPO_ROOT BASE_CONFIG.yml OFFLINE_CONFIG.yml
"""
import glob
import json
import os
import re
import sys

import yaml

SERVICES = {"ingest": "NEWSWATCH_INGEST_HTTP_PORT", "enrich": "NEWSWATCH_ENRICH_HTTP_PORT", "alert": "NEWSWATCH_ALERT_HTTP_PORT"}
problems = []


def problem(text):
    problems.append(text)


def env_of(service):
    env = service.get("environment") or {}
    if isinstance(env, list):
        env = dict(item.split("=", 1) for item in env)
    return {k: ("" if v is None else str(v)) for k, v in env.items()}


def mounts_of(service):
    """(source, target) of each volume, whether short (src:dst[:mode]) or long syntax."""
    pairs = []
    for v in service.get("volumes", []):
        if isinstance(v, dict):
            pairs.append((v.get("source"), v.get("target")))
        else:
            parts = str(v).split(":")
            pairs.append((parts[0], parts[1]) if len(parts) > 1 else (None, parts[0]))
    return pairs


def dockerfile_final_stage(path):
    stages, current = [], None
    with open(path, encoding="utf-8") as f:
        text = re.sub(r"\\\n", " ", f.read())
    for line in text.splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        word, _, rest = line.partition(" ")
        word = word.upper()
        if word == "FROM":
            current = {"from": rest.split()[0], "lines": []}
            stages.append(current)
        elif current is not None:
            current["lines"].append((word, rest.strip()))
    return stages


def check_services(root, config, variant):
    services = config.get("services", {})
    for name, port_var in SERVICES.items():
        svc = services.get(name)
        if svc is None:
            problem(f"{variant}: no service '{name}'")
            continue
        env = env_of(svc)
        where = f"{variant}: service {name}"
        if "KAFKA_BOOTSTRAP_SERVERS" not in env:
            problem(f"{where}: KAFKA_BOOTSTRAP_SERVERS is not set (the launcher would start an embedded broker in the container)")
        port = env.get(port_var)
        if not port:
            problem(f"{where}: {port_var} is not set")
            continue
        test = svc.get("healthcheck", {}).get("test", [])
        test_text = " ".join(test) if isinstance(test, list) else str(test)
        if "newswatch-healthcheck" not in test_text or not re.search(rf"\b{port}\b", test_text):
            problem(f"{where}: the healthcheck ({test_text!r}) does not check /health/ready on port {port}")
        published = [str(p.get("target") if isinstance(p, dict) else str(p).split(":")[-1]) for p in svc.get("ports", [])]
        if port not in published:
            problem(f"{where}: port {port} is not published (ports: {published})")
        if svc.get("restart") not in ("unless-stopped", "always", "on-failure"):
            problem(f"{where}: no restart policy")
        deps = svc.get("depends_on", {})
        if variant == "base" and (not isinstance(deps, dict) or deps.get("kafka", {}).get("condition") != "service_healthy"):
            problem(f"{where}: does not wait for a healthy kafka (depends_on.kafka.condition: service_healthy)")
        command = svc.get("command") or []
        if not command or command[0] != name:
            problem(f"{where}: command {command} does not run `newswatch {name}`")
        for var, value in env.items():
            if value.startswith("/opt/newswatch/") and var.endswith("_FILE"):
                local = os.path.join(root, value[len("/opt/newswatch/"):])
                if not os.path.isfile(local):
                    problem(f"{where}: {var}={value} but {os.path.relpath(local, root)} is not in the repository (the image copies seeds/ to /opt/newswatch/seeds)")
            if value.startswith("/opt/newswatch/") and var.endswith("_DIR"):
                local = os.path.join(root, value[len("/opt/newswatch/"):])
                if not os.path.isdir(local):
                    problem(f"{where}: {var}={value} but {os.path.relpath(local, root)} is not a directory of the repository")
        build = svc.get("build") or {}
        dockerfile = os.path.join(build.get("context", root), build.get("dockerfile", "Dockerfile"))
        if not os.path.isfile(dockerfile):
            problem(f"{where}: Dockerfile {dockerfile} does not exist")
            continue
        if variant == "base":
            check_dockerfile(root, name, dockerfile, port)
        for _, target in mounts_of(svc):
            if not any(v == target for v in env.values()):
                problem(f"{where}: volume at {target} is not a directory the service is told about")


def check_dockerfile(root, name, path, port):
    rel = os.path.relpath(path, root)
    stages = dockerfile_final_stage(path)
    if len(stages) < 2:
        problem(f"{rel}: not a multi-stage build")
        return
    final = stages[-1]
    if not re.match(r"eclipse-temurin:21[.\d]*-jre", final["from"]):
        problem(f"{rel}: the final stage is {final['from']}, not an Eclipse Temurin 21 JRE image")
    users = [rest for word, rest in final["lines"] if word == "USER"]
    if not users or users[-1] in ("root", "0"):
        problem(f"{rel}: the final stage does not switch to a non-root USER")
    checks = [rest for word, rest in final["lines"] if word == "HEALTHCHECK"]
    if not checks or "newswatch-healthcheck" not in checks[-1] or port not in checks[-1]:
        problem(f"{rel}: no HEALTHCHECK on port {port}")
    cmd = [rest for word, rest in final["lines"] if word == "CMD"]
    if not cmd or json.loads(cmd[-1]) != [name]:
        problem(f"{rel}: CMD is not [\"{name}\"]")
    for stage in stages:
        for word, rest in stage["lines"]:
            if word == "COPY" and "--from=" not in rest:
                sources = [s for s in rest.split()[:-1] if not s.startswith("--")]
                for source in sources:
                    if not glob.glob(os.path.join(root, source)):
                        problem(f"{rel}: COPY {source}: not in the build context")
    healthcheck = os.path.join(root, "docker", "healthcheck.sh")
    if not os.access(healthcheck, os.X_OK):
        problem("docker/healthcheck.sh is not executable (the image runs it as newswatch-healthcheck)")


def check_kafka(root, config):
    kafka = config["services"].get("kafka")
    if kafka is None:
        problem("base: no service 'kafka'")
        return
    with open(os.path.join(root, "pom.xml"), encoding="utf-8") as f:
        version = re.search(r"<kafka\.version>([^<]+)</kafka\.version>", f.read()).group(1)
    if kafka.get("image") != f"apache/kafka:{version}":
        problem(f"base: kafka image {kafka.get('image')} differs from the build's Kafka {version} (apache/kafka:{version})")
    if "healthcheck" not in kafka:
        problem("base: kafka has no healthcheck")
    env = env_of(kafka)
    if "controller" not in env.get("KAFKA_PROCESS_ROLES", ""):
        problem("base: kafka is not a KRaft broker+controller")
    if ("kafka-data", "/var/lib/kafka/data") not in mounts_of(kafka):
        problem("base: kafka's data (/var/lib/kafka/data) is not on a volume")
    internal = {s: env_of(config["services"][s]).get("KAFKA_BOOTSTRAP_SERVERS") for s in SERVICES if s in config["services"]}
    advertised = env.get("KAFKA_ADVERTISED_LISTENERS", "")
    for service, bootstrap in internal.items():
        if bootstrap and bootstrap.split(",")[0] not in advertised:
            problem(f"base: {service} connects to {bootstrap}, which kafka does not advertise ({advertised})")


def check_prometheus(root, config):
    prom = config["services"].get("prometheus")
    if prom is None:
        problem("base: no service 'prometheus'")
        return
    with open(os.path.join(root, "prometheus", "prometheus.yml"), encoding="utf-8") as f:
        prom_config = yaml.safe_load(f)
    targets = {t for job in prom_config.get("scrape_configs", []) for sc in job.get("static_configs", []) for t in sc.get("targets", [])}
    for name, port_var in SERVICES.items():
        port = env_of(config["services"][name]).get(port_var)
        if f"{name}:{port}" not in targets:
            problem(f"prometheus/prometheus.yml: does not scrape {name}:{port}")
    if not prom_config.get("rule_files"):
        problem("prometheus/prometheus.yml: loads no rule files")
    mounts = mounts_of(prom)
    if (os.path.join(root, "prometheus"), "/etc/prometheus") not in mounts:
        problem(f"base: prometheus does not mount ./prometheus at /etc/prometheus ({mounts})")
    if ("prometheus-data", "/prometheus") not in mounts:
        problem("base: Prometheus data (/prometheus) is not on a volume")


def check_grafana(root, config):
    graf = config["services"].get("grafana")
    if graf is None:
        problem("base: no service 'grafana'")
        return 0
    env = env_of(graf)
    if env.get("GF_AUTH_ANONYMOUS_ENABLED") != "true" or env.get("GF_AUTH_ANONYMOUS_ORG_ROLE") != "Viewer":
        problem("base: grafana does not give anonymous viewers access")
    mounts = {target: source for source, target in mounts_of(graf)}
    provisioning = mounts.get("/etc/grafana/provisioning")
    if provisioning != os.path.join(root, "grafana", "provisioning"):
        problem("base: grafana does not mount ./grafana/provisioning at /etc/grafana/provisioning")
    uids = set()
    for ds_file in glob.glob(os.path.join(root, "grafana", "provisioning", "datasources", "*.yml")):
        with open(ds_file, encoding="utf-8") as f:
            for ds in yaml.safe_load(f).get("datasources", []):
                uids.add(ds.get("uid"))
                if ds.get("type") == "prometheus" and not re.match(r"http://prometheus:9090/?$", ds.get("url", "")):
                    problem(f"{os.path.relpath(ds_file, root)}: the Prometheus datasource URL {ds.get('url')} is not the prometheus service")
    dashboards_in_container = set()
    for prov_file in glob.glob(os.path.join(root, "grafana", "provisioning", "dashboards", "*.yml")):
        with open(prov_file, encoding="utf-8") as f:
            for provider in yaml.safe_load(f).get("providers", []):
                path = provider.get("options", {}).get("path")
                source = mounts.get(path)
                if source is None:
                    problem(f"{os.path.relpath(prov_file, root)}: provider path {path} is not mounted into grafana")
                else:
                    dashboards_in_container.add((path, source))
    count = 0
    seen_uids = set()
    for path, source in dashboards_in_container:
        for dashboard in sorted(glob.glob(os.path.join(source, "*.json"))):
            count += 1
            rel = os.path.relpath(dashboard, root)
            with open(dashboard, encoding="utf-8") as f:
                d = json.load(f)
            if d.get("uid") in seen_uids:
                problem(f"{rel}: uid {d.get('uid')} is used twice")
            seen_uids.add(d.get("uid"))
            for panel in d.get("panels", []):
                if panel.get("type") == "row":
                    continue
                ds = panel.get("datasource", {})
                if ds.get("uid") not in uids:
                    problem(f"{rel}: panel '{panel.get('title')}' uses datasource {ds} that is not provisioned (uids {sorted(uids)})")
                if not panel.get("targets"):
                    problem(f"{rel}: panel '{panel.get('title')}' has no query")
        home = env.get("GF_DASHBOARDS_DEFAULT_HOME_DASHBOARD_PATH")
        if home and home.startswith(path + "/") and not os.path.isfile(os.path.join(source, home[len(path) + 1:])):
            problem(f"base: the home dashboard {home} does not exist")
    if count == 0:
        problem("grafana: no dashboards are provisioned")
    return count


def check_offline(config):
    ingest = config["services"].get("ingest", {})
    env = env_of(ingest)
    if "samples" not in env.get("NEWSWATCH_SOURCES_FILE", ""):
        problem("offline: ingest still polls the real catalogue (NEWSWATCH_SOURCES_FILE)")
    if not env.get("NEWSWATCH_SOURCES_BASE_URL"):
        problem("offline: NEWSWATCH_SOURCES_BASE_URL is not set, so {{BASE}} in the sample catalogue stays unresolved")


def main():
    root, base_file, offline_file = sys.argv[1:4]
    with open(base_file, encoding="utf-8") as f:
        base = yaml.safe_load(f)
    with open(offline_file, encoding="utf-8") as f:
        offline = yaml.safe_load(f)
    check_services(root, base, "base")
    check_services(root, offline, "offline")
    check_offline(offline)
    check_kafka(root, base)
    check_prometheus(root, base)
    dashboards = check_grafana(root, base)
    for volume in ("kafka-data", "prometheus-data"):
        if volume not in (base.get("volumes") or {}):
            problem(f"base: no named volume {volume}")
    for text in problems:
        print(f"check-compose: {text}", file=sys.stderr)
    if problems:
        return 1
    print(f"{len(base['services'])} services; images, ports, healthchecks, Prometheus targets and {dashboards} provisioned dashboards agree")
    return 0


if __name__ == "__main__":
    sys.exit(main())
