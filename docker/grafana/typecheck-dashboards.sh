#!/usr/bin/env bash
# Type-checks every dashboard JSON against Grafana's published dashboard schema (npm @grafana/schema)
# with the TypeScript compiler: unknown properties, wrong types and unknown enum values are errors.
# Needs node and npm; installs the two packages in a temporary folder.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
SCHEMA_VERSION=${SCHEMA_VERSION:-13.2.3}
TYPESCRIPT_VERSION=${TYPESCRIPT_VERSION:-7.0.2}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
npm init -y >/dev/null
npm install --silent --no-audit --no-fund "@grafana/schema@$SCHEMA_VERSION" "typescript@$TYPESCRIPT_VERSION" >/dev/null
python3 - "$here"/dashboards/*.json > check.ts <<'PY'
import json, sys
print("import type { Dashboard } from '@grafana/schema';")
print("/** The dashboard model as JSON writes it: every enum as its string (or number) values. */")
print("type Json<T> = T extends string ? `${T}` | T : T extends number ? T : T extends boolean ? T"
      " : T extends Array<infer U> ? Array<Json<U>> : T extends object ? { [K in keyof T]: Json<T[K]> } : T;")
for i, path in enumerate(sys.argv[1:]):
    print(f"// {path}")
    print(f"export const dashboard{i}: Json<Dashboard> = {json.dumps(json.load(open(path)), indent=1)};")
PY
npx tsc --noEmit --strict --target es2020 --module esnext --moduleResolution bundler check.ts
echo "dashboards type-check against @grafana/schema $SCHEMA_VERSION: $(ls "$here"/dashboards/*.json | wc -l) files"
