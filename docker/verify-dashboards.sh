#!/usr/bin/env bash
# Runs every PromQL query of the Grafana dashboards against a Prometheus and fails if one returns no series.
#
#   docker/verify-dashboards.sh [PROMETHEUS_URL] [DASHBOARD.json ...]
#
# PROMETHEUS_URL defaults to http://127.0.0.1:9090; the dashboards default to docker/grafana/dashboards/*.json.
# Every panel's targets are checked, including panels inside collapsed rows. Grafana variables are
# replaced before querying: $instance -> .*, $__rate_interval -> 1m, $__interval -> 15s, $__range -> 1h
# (override with RATE_INTERVAL, INTERVAL, RANGE). The "instance" template variable is checked as well
# (label_values(up{job="escmon"}, instance) must list at least one instance).
#
# ALLOW_EMPTY=REGEX reports queries matching REGEX that return nothing as "allowed empty" instead of
# failing (e.g. ALLOW_EMPTY='escmon_dead_letters_total' while a metric does not exist yet).
#
# Exit status: 0 all queries returned series; 1 some returned none or failed; 2 usage or connection error.
# Needs bash and python3 (standard library only).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
prom="${1:-http://127.0.0.1:9090}"
if [ $# -gt 0 ]; then shift; fi
if [ $# -gt 0 ]; then
  dashboards=("$@")
else
  dashboards=("$here"/grafana/dashboards/*.json)
fi
for f in "${dashboards[@]}"; do
  [ -f "$f" ] || { echo "verify-dashboards: no such dashboard file: $f" >&2; exit 2; }
done

exec python3 - "$prom" "${dashboards[@]}" <<'PY'
import json
import os
import re
import sys
import urllib.error
import urllib.parse
import urllib.request

prom = sys.argv[1].rstrip("/")
files = sys.argv[2:]
subst = {
    "__rate_interval": os.environ.get("RATE_INTERVAL", "1m"),
    "__interval": os.environ.get("INTERVAL", "15s"),
    "__range": os.environ.get("RANGE", "1h"),
    "instance": ".*",
}
allow_empty = os.environ.get("ALLOW_EMPTY", "")
allow_re = re.compile(allow_empty) if allow_empty else None
# $name, ${name}, ${name:format}, [[name]]
# ($1 in a label_replace() replacement is not a variable)
var_re = re.compile(r"\$\{([A-Za-z_]\w*)(?::\w+)?\}|\$([A-Za-z_]\w*)|\[\[([A-Za-z_]\w*)\]\]")


def expand(expr):
    unknown = []

    def repl(m):
        name = m.group(1) or m.group(2) or m.group(3)
        if name in subst:
            return subst[name]
        unknown.append(name)
        return m.group(0)

    return var_re.sub(repl, expr), unknown


def get(path, params):
    url = prom + path + "?" + urllib.parse.urlencode(params, doseq=True)
    try:
        with urllib.request.urlopen(url, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        try:
            return json.load(e)
        except Exception:
            return {"status": "error", "error": "HTTP %d" % e.code}


def panels(ps, row=None):
    for p in ps:
        yield p, row
        # a collapsed row keeps its panels inside it
        yield from panels(p.get("panels") or [], p.get("title") if p.get("type") == "row" else row)


try:
    build = get("/api/v1/status/buildinfo", {})
except (urllib.error.URLError, OSError) as e:
    print("verify-dashboards: cannot reach Prometheus at %s: %s" % (prom, e), file=sys.stderr)
    sys.exit(2)
print("Prometheus %s (%s)" % (prom, build.get("data", {}).get("version", "version unknown")))

failures = []
allowed = []
checked = 0
for f in files:
    with open(f, encoding="utf-8") as fh:
        d = json.load(fh)
    name = d.get("title", os.path.basename(f))
    print("\n== %s (%s)" % (name, os.path.basename(f)))
    for var in d.get("templating", {}).get("list", []):
        q = var.get("query")
        q = q.get("query", "") if isinstance(q, dict) else (q or "")
        m = re.match(r"^\s*label_values\((?:(.+),\s*)?(\w+)\)\s*$", q)
        if not m:
            continue
        params = {"match[]": [m.group(1)]} if m.group(1) else {}
        res = get("/api/v1/label/%s/values" % m.group(2), params)
        values = res.get("data") or []
        checked += 1
        ok = res.get("status") == "success" and len(values) > 0
        print("  %-5s variable $%s = %s: %s" % ("ok" if ok else "EMPTY", var.get("name"), q,
                                               ", ".join(values) if values else res.get("error", "no values")))
        if not ok:
            failures.append("%s: variable $%s: %s" % (name, var.get("name"), q))
    for p, row in panels(d.get("panels", [])):
        for t in p.get("targets") or []:
            expr = t.get("expr")
            if not expr:
                continue
            title = p.get("title", "?") + ("" if not t.get("refId") else " [%s]" % t["refId"])
            where = ("%s / %s" % (row, title)) if row else title
            query, unknown = expand(expr)
            checked += 1
            if unknown:
                failures.append("%s: %s: unknown variable(s) %s" % (name, where, ", ".join(unknown)))
                print("  ERROR %s: unknown variable(s) %s" % (where, ", ".join(unknown)))
                continue
            res = get("/api/v1/query", {"query": query})
            if res.get("status") != "success":
                failures.append("%s: %s: %s\n      %s" % (name, where, res.get("error", "query failed"), query))
                print("  ERROR %s: %s\n        %s" % (where, res.get("error"), query))
                continue
            data = res["data"]
            if data["resultType"] in ("vector", "matrix"):
                series = data["result"]
                nan = sum(1 for s in series if s.get("value", [0, ""])[1] in ("NaN", "+Inf", "-Inf"))
            else:  # scalar or string
                series, nan = [data["result"]], 0
            n = len(series)
            note = " (%d NaN/Inf)" % nan if nan else ""
            if n > 0:
                print("  ok    %3d series%s  %s" % (n, note, where))
            elif allow_re and allow_re.search(query):
                allowed.append("%s: %s" % (name, where))
                print("  empty   0 series (allowed)  %s\n        %s" % (where, query))
            else:
                failures.append("%s: %s\n      %s" % (name, where, query))
                print("  EMPTY   0 series  %s\n        %s" % (where, query))

print("\n%d queries checked, %d without series or failing%s" % (
    checked, len(failures), (", %d allowed empty" % len(allowed)) if allowed else ""))
if failures:
    print("Queries that returned no series or failed:")
    for f in failures:
        print("  - " + f)
    sys.exit(1)
PY
