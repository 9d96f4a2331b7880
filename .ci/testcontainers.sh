#!/usr/bin/env bash
# The integration suite a second time, against Testcontainers' KafkaContainer on podman instead of the embedded
# broker (one suite, two back ends; see docs/TESTING.md). Run after `./mvnw -B verify` built everything.
#
# If podman cannot be prepared this prints a loud banner and fails, because podman was measured reliable on
# these machines (docs/TESTING.md); ESCMON_CI_ALLOW_NO_CONTAINERS=1 turns that into a loud warning for a
# machine known to have no usable podman. A failing test fails CI either way.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
ts() { date +%s.%N; }
lap() { awk -v a="$(ts)" -v b="$2" -v n="$1" 'BEGIN{printf "TIMING %-36s %6.1f s\n", n, a-b}'; }
stop_service() {
  local pid
  pid=$(cat "$work/podman-service.pid" 2>/dev/null || true)
  if [ -n "$pid" ] && kill -0 "$pid" 2>/dev/null; then
    kill "$pid"
    for _ in $(seq 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
    kill -0 "$pid" 2>/dev/null && kill -KILL "$pid"
    echo "podman API service (pid $pid) stopped"
  fi
}
trap stop_service EXIT

t=$(ts)
if ! bash .ci/podman-kafka-image.sh "$work" > "$work/prepare.log" 2>&1; then
  cat "$work/prepare.log"
  reason=$(tail -1 "$work/prepare.log" | sed 's/^podman preparation failed: //')
  echo
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  echo "!!! TESTCONTAINERS BACK END NOT RUN: podman failed: $reason"
  echo "!!! the integration tests ran on the embedded broker only"
  echo "!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!"
  lap "podman preparation (failed)" "$t"
  if [ "${ESCMON_CI_ALLOW_NO_CONTAINERS:-0}" = 1 ]; then
    echo "!!! ESCMON_CI_ALLOW_NO_CONTAINERS=1: continuing"
    exit 0
  fi
  exit 1
fi
grep -E '^(TIMING|podman )' "$work/prepare.log"
lap "podman preparation" "$t"

# shellcheck disable=SC1091
source "$work/podman.env"
t=$(ts)
reports=streams-app/target/failsafe-reports
rm -rf "$reports"
# embedded-only tests (broker internals: SASL listener, restarts on the same data) ran in the first pass
./mvnw -B -q verify -pl streams-app -am -Descmon.test.kafka=testcontainers -DexcludedGroups=embedded-only \
  -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false
lap "integration tests on testcontainers" "$t"
for f in "$reports"/*IT.txt; do sed -n 's/^Tests run: \(.*\) -- in dev.escmon.streams.\(.*\)$/  \2: \1/p' "$f"; done

# the test JVM stops its container when it exits; say so if one was left running
left=$(podman ps --filter label=org.testcontainers=true --format '{{.ID}} {{.Image}} {{.Status}}' 2>/dev/null || true)
[ -z "$left" ] || echo "!!! Testcontainers containers still running after the suite: $left"

# the run must really have used containers: every test class that asked for a broker says which it got
count_classes() { { grep -l "^Kafka back end: $1" "$reports"/*-output.txt 2>/dev/null || true; } | wc -l; }
on_containers=$(count_classes testcontainers)
on_embedded=$(count_classes embedded)
echo "test classes on Kafka containers: $on_containers, on the embedded broker: $on_embedded"
if [ "$on_containers" -eq 0 ] || [ "$on_embedded" -ne 0 ]; then
  echo "!!! the Testcontainers pass did not run on containers only"
  exit 1
fi
