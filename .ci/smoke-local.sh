#!/usr/bin/env bash
# Runs `escmon local` as a user would (after `./mvnw verify` built the jar) and checks what it promises:
# counts appear within 90 s; a second run over the kept data counts no article twice; a third-party client
# (kcat) sees one key per actor and horizon on the compacted actor-counts topic; Ctrl-C stops cleanly.
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=streams-app/target/escmon.jar
work=$(mktemp -d)
data="$work/data"
pid=""
# A background job of a non-interactive shell ignores SIGINT, so "Ctrl-C" is sent as SIGTERM: the JVM runs
# the same shutdown hook for both.
stop_app() { # stop_app PID: SIGTERM, then wait up to 60 s before SIGKILL
  kill -TERM "$1" 2>/dev/null || return 0
  local deadline=$(( $(date +%s) + 60 ))
  while kill -0 "$1" 2>/dev/null; do
    if [ "$(date +%s)" -ge "$deadline" ]; then kill -KILL "$1"; break; fi
    sleep 0.5
  done
  wait "$1"
}
cleanup() { if [ -n "$pid" ]; then stop_app "$pid" || true; fi; }
trap cleanup EXIT
fail() { echo "SMOKE FAILED: $*"; for f in "$work"/*.out; do echo "--- $f"; tail -40 "$f"; done; exit 1; }

wait_for() { # wait_for FILE PATTERN SECONDS
  local deadline=$(( $(date +%s) + $3 ))
  until grep -q "$2" "$1"; do
    [ "$(date +%s)" -lt "$deadline" ] || return 1
    if [ -n "$pid" ] && ! kill -0 "$pid" 2>/dev/null; then return 1; fi
    sleep 0.5
  done
}

echo "-- run 1: fresh data folder"
t0=$(date +%s.%N)
java -jar "$JAR" local --data-dir "$data" --exit-when-idle 3 > "$work/run1.out" 2>&1 || fail "run 1 exited non-zero"
grep -q "first counts after" "$work/run1.out" || fail "run 1 printed no counts"
first=$(sed -n 's/^first counts after \([0-9.]*\) s$/\1/p' "$work/run1.out")
awk -v f="$first" 'BEGIN{exit !(f < 90)}' || fail "first counts after $first s (limit 90 s)"
grep "sample corpus:" "$work/run1.out"
grep "caught up" "$work/run1.out" || fail "run 1 never caught up"
# caught up means every stage is done: the corpus's count updates and its alerts are in the line
grep -Eq "^caught up.* [1-9][0-9]* count updates from this run; [1-9][0-9]* alerts" "$work/run1.out" \
  || fail "run 1 reported caught up before its counts and alerts arrived"
echo "run 1: first counts after $first s; whole run $(awk -v a="$(date +%s.%N)" -v b="$t0" 'BEGIN{printf "%.1f", a-b}') s"

echo "-- run 2: same data folder, left running, then stopped like Ctrl-C"
java -jar "$JAR" local --data-dir "$data" > "$work/run2.out" 2>&1 &
pid=$!
wait_for "$work/run2.out" "caught up" 180 || fail "run 2 did not catch up"
grep "caught up" "$work/run2.out"
grep -q " 0 count updates from this run" "$work/run2.out" || fail "run 2 changed counts of articles already seen"
keys=$(sed -n 's/^caught up.*; \([0-9]*\) actor\/horizon keys.*/\1/p' "$work/run2.out")

kcat -b localhost:9092 -C -t actor-counts -e -q -X isolation.level=read_committed -f '%k\n' | sort -u > "$work/keys.txt"
distinct=$(wc -l < "$work/keys.txt")
echo "kcat: $distinct distinct keys on actor-counts (app reports $keys)"
[ "$distinct" -eq "$keys" ] || fail "kcat saw $distinct keys, the app reports $keys"
bad=$(cut -d'|' -f1 "$work/keys.txt" | sort | uniq -c | awk '$1 != 3' | wc -l)
[ "$bad" -eq 0 ] || fail "$bad actors do not have exactly the three horizons"
grep -vqE '\|(PT1H|P1D|P7D)$' "$work/keys.txt" && fail "a key is not actorId|horizon"

rc=0; stop_app "$pid" || rc=$?
pid=""
# 143 = terminated by SIGTERM after the shutdown hook ran (130 for SIGINT): the JVM's usual exit status
case "$rc" in 0|130|143) ;; *) fail "run 2 exited with $rc when stopped" ;; esac
grep -q "stopped cleanly" "$work/run2.out" || fail "run 2 did not stop cleanly"
echo "smoke: 2 passed, 0 failed"
rm -rf "$work"
