#!/usr/bin/env bash
# Verifies the docker/ observability files for real, without Docker: promtool checks and rule unit tests,
# then a real Prometheus (Debian's package) scraping `escmon local`, and every dashboard panel's query run
# through Prometheus' HTTP API (docker/verify-dashboards.sh fails on any query that returns no series).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=streams-app/target/escmon.jar
if ! command -v prometheus >/dev/null 2>&1 || ! command -v promtool >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >/dev/null
  apt-get install -y -qq --no-install-recommends prometheus >/dev/null
fi
echo "-- promtool"
promtool check config docker/prometheus/prometheus.yml
promtool check rules docker/prometheus/rules/*.yml
promtool test rules docker/prometheus/tests/*.yml
echo "-- compose file (Debian's docker-compose)"
if ! command -v docker-compose >/dev/null 2>&1; then
  apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi
docker-compose -f docker/compose.yml config -q
echo "-- dashboards: JSON, datasource uid of every panel and target"
python3 - <<'PY'
import json, glob, sys
bad = []
for path in glob.glob("docker/grafana/dashboards/*.json"):
    d = json.load(open(path))
    def walk(panels):
        for p in panels:
            yield p
            yield from walk(p.get("panels", []))
    for p in walk(d.get("panels", [])):
        if p.get("type") == "row":
            continue
        for t in [p] + p.get("targets", []):
            ds = t.get("datasource")
            if not ds or ds.get("uid") != "escmon-prometheus":
                bad.append(f"{path}: panel {p.get('title')!r}")
if bad:
    print("wrong or missing datasource uid:", *bad, sep="\n  ")
    sys.exit(1)
print("dashboards: every panel and target uses uid escmon-prometheus")
PY
echo "-- dashboards: type-check against Grafana's published schema (npm @grafana/schema, tsc)"
bash docker/grafana/typecheck-dashboards.sh

work=$(mktemp -d)
app=""; prom=""
cleanup() {
  for p in $prom $app; do kill -TERM "$p" 2>/dev/null || true; done
  for p in $prom $app; do wait "$p" 2>/dev/null || true; done
}
trap cleanup EXIT
wait_for() { # wait_for SECONDS COMMAND...
  local deadline=$(( $(date +%s) + $1 )); shift
  until "$@" >/dev/null 2>&1; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    sleep 0.5
  done
}

echo "-- escmon local with the sample corpus, and a real Prometheus scraping it"
java -jar "$JAR" local --data-dir "$work/data" --port 39092 --controller-port 39093 --http-port 37070 > "$work/local.out" 2>&1 &
app=$!
wait_for 180 grep -q "caught up" "$work/local.out" || { tail -30 "$work/local.out"; echo "OBSERVABILITY FAILED: app did not catch up"; exit 1; }
cat > "$work/prometheus.yml" <<PROM
global:
  scrape_interval: 2s
  evaluation_interval: 2s
rule_files:
  - $(pwd)/docker/prometheus/rules/*.yml
scrape_configs:
  - job_name: escmon
    metrics_path: /metrics
    static_configs:
      - targets: ['127.0.0.1:37070']
PROM
prometheus --config.file="$work/prometheus.yml" --storage.tsdb.path="$work/tsdb" \
  --web.listen-address=127.0.0.1:39090 > "$work/prometheus.out" 2>&1 &
prom=$!
# enough scrapes (15, two seconds apart) for rate() and histogram_quantile() over the panels' windows
scrapes() {
  curl -sf 'http://127.0.0.1:39090/api/v1/query' --data-urlencode 'query=count_over_time(up{job="escmon"}[5m])' \
    | python3 -c 'import json,sys; r=json.load(sys.stdin)["data"]["result"]; print(int(float(r[0]["value"][1])) if r else 0)'
}
enough() { [ "$(scrapes 2>/dev/null || echo 0)" -ge 15 ]; }
wait_for 120 enough || { tail -20 "$work/prometheus.out"; echo "OBSERVABILITY FAILED: Prometheus did not scrape the app"; exit 1; }
bash docker/verify-dashboards.sh http://127.0.0.1:39090
echo "observability: 1 passed, 0 failed"
