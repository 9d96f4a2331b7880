#!/usr/bin/env bash
# Prepares a Docker-compatible engine for the Testcontainers back end of the integration tests, on a Debian
# machine with no Docker engine and no image registry: installs podman, serves its Docker-compatible API on a
# socket of its own and builds a local Kafka image that Testcontainers' KafkaContainer accepts (tagged
# docker.io/apache/kafka:$KAFKA_VER so nothing is pulled).
#
#   bash .ci/podman-kafka-image.sh WORKDIR
#
# On success it leaves the API service running and writes WORKDIR/podman.env (DOCKER_HOST and the
# Testcontainers settings, to source) and WORKDIR/podman-service.pid (the caller stops the service by that pid).
# On failure it stops the service itself, exits non-zero and prints the reason on its last line.
#
# Choices this machine forced (measured, see docs/TESTING.md): runc, because crun 1.8.1 rejects the hybrid
# cgroup layout; cgroupfs; container rlimits within the host's hard limits; Ryuk off (the caller removes
# nothing: containers are stopped by the tests and the service dies with CI).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/.." && pwd)
WORK=${1:?usage: podman-kafka-image.sh WORKDIR}
KAFKA_VER=${KAFKA_VER:-$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$ROOT/pom.xml")}
LOG4J_VER=$(sed -n 's:.*<log4j.version>\(.*\)</log4j.version>.*:\1:p' "$ROOT/pom.xml")
SLF4J_VER=$(sed -n 's:.*<slf4j.version>\(.*\)</slf4j.version>.*:\1:p' "$ROOT/pom.xml")
IMAGE=localhost/escmon-kafka:$KAFKA_VER
SOCK=$WORK/podman.sock
mkdir -p "$WORK"
WORK=$(cd "$WORK" && pwd)
SOCK=$WORK/podman.sock

ts() { date +%s.%N; }
T0=$(ts)
lap() { awk -v a="$(ts)" -v b="$2" -v n="$1" 'BEGIN{printf "TIMING podman %-24s %6.1f s\n", n, a-b}'; }
SVC=""
done_ok=0
reported=0
fail() {
  echo "podman preparation failed: $*"
  reported=1
  exit 1
}
# on any failure, stop the API service this script started, and end with a one-line reason
on_exit() {
  local rc=$?
  [ "$done_ok" = 1 ] && return
  if [ -n "$SVC" ]; then kill "$SVC" 2>/dev/null || true; wait "$SVC" 2>/dev/null || true; fi
  [ "$reported" = 1 ] || echo "podman preparation failed: a step exited with status $rc (see above)"
}
trap on_exit EXIT

# 1. packages ------------------------------------------------------------------------------------------
t=$(ts)
need=()
for cmd in podman runc iptables unzip; do command -v "$cmd" >/dev/null 2>&1 || need+=("$cmd"); done
[ -x /bin/busybox ] || need+=(busybox-static)
if [ ${#need[@]} -gt 0 ]; then
  [ "$(id -u)" = 0 ] || fail "need root to apt-get install ${need[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=300 update -qq >/dev/null || fail "apt-get update"
  apt-get -o DPkg::Lock::Timeout=300 install -y -qq --no-install-recommends podman runc iptables unzip busybox-static \
    >"$WORK/apt.log" 2>&1 || fail "apt-get install podman runc iptables unzip busybox-static (see $WORK/apt.log)"
fi
lap packages "$t"

# 2. podman settings, in a file of ours (CONTAINERS_CONF) rather than the machine's /etc/containers ----------
cat > "$WORK/containers.conf" <<EOF
[containers]
default_ulimits = ["nofile=$(ulimit -Hn):$(ulimit -Hn)", "nproc=16384:16384"]
[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
EOF
export CONTAINERS_CONF=$WORK/containers.conf
info=$(podman info --format 'podman {{.Version.Version}}: runtime {{.Host.OCIRuntime.Name}}, cgroups {{.Host.CgroupsVersion}}, storage {{.Store.GraphDriverName}}' 2>&1) \
  || fail "podman info: $(echo "$info" | tail -1)"
echo "$info"

# 3. Docker-compatible API socket ---------------------------------------------------------------------------
t=$(ts)
rm -f "$SOCK"
podman system service --time=0 "unix://$SOCK" >"$WORK/podman-service.log" 2>&1 &
SVC=$!
echo "$SVC" > "$WORK/podman-service.pid"
for _ in $(seq 100); do [ -S "$SOCK" ] && break; kill -0 "$SVC" 2>/dev/null || break; sleep 0.1; done
[ -S "$SOCK" ] || fail "API service did not open $SOCK: $(tail -3 "$WORK/podman-service.log" | tr '\n' ' ')"
lap "API service" "$t"

# 4. Kafka image: FROM scratch + static busybox + bash and its libraries + a jlink'd JRE + Kafka's jars --------
# bump when the image's contents change, so a machine holding an older build rebuilds it
IMAGE_REV=2
built_rev=$(podman image inspect --format '{{index .Labels "escmon.image.rev"}}' "docker.io/apache/kafka:$KAFKA_VER" \
  2>/dev/null || true)
if [ "$built_rev" = "$IMAGE_REV" ]; then
  echo "image docker.io/apache/kafka:$KAFKA_VER (rev $IMAGE_REV) already built"
else
  t=$(ts)
  img=$WORK/img
  rm -rf "$img"; mkdir -p "$img"
  cat > "$img/pom.xml" <<EOF
<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>
 <groupId>ci</groupId><artifactId>kafka-dist</artifactId><version>1</version><packaging>pom</packaging>
 <dependencies>
  <dependency><groupId>org.apache.kafka</groupId><artifactId>kafka_2.13</artifactId><version>$KAFKA_VER</version></dependency>
  <dependency><groupId>org.apache.logging.log4j</groupId><artifactId>log4j-slf4j2-impl</artifactId><version>$LOG4J_VER</version></dependency>
  <dependency><groupId>org.slf4j</groupId><artifactId>slf4j-api</artifactId><version>$SLF4J_VER</version></dependency>
 </dependencies></project>
EOF
  # the jars are in the local repository after the build; fetch them only when they are not
  copy=(dependency:3.8.1:copy-dependencies -DincludeScope=runtime -DoutputDirectory="$img/libs" -f "$img/pom.xml")
  "$ROOT/mvnw" -B -q -o "${copy[@]}" >"$WORK/mvn.log" 2>&1 || "$ROOT/mvnw" -B -q "${copy[@]}" >"$WORK/mvn.log" 2>&1 \
    || fail "copying Kafka's jars (see $WORK/mvn.log)"
  lap "Kafka jars" "$t"; t=$(ts)
  jlink --add-modules java.base,java.compiler,java.desktop,java.management,java.naming,java.rmi,java.scripting,java.security.jgss,java.security.sasl,java.sql,jdk.unsupported,java.xml,java.logging,jdk.management,jdk.crypto.ec,jdk.zipfs,jdk.naming.dns,jdk.security.auth,java.instrument,jdk.jfr,jdk.management.agent,java.net.http \
    --strip-debug --no-header-files --no-man-pages --compress=2 --output "$img/jre" || fail "jlink"
  lap jlink "$t"; t=$(ts)
  R=$img/rootfs
  mkdir -p "$R"/{bin,lib64,tmp,var/tmp,root,etc/kafka/docker,opt/kafka/config}
  chmod 1777 "$R/tmp" "$R/var/tmp"
  cp /bin/busybox "$R/bin/"
  for a in $(/bin/busybox --list); do [ -e "$R/bin/$a" ] || ln -s busybox "$R/bin/$a"; done
  cp /bin/bash "$R/bin/bash"   # KafkaContainer writes a '#!/bin/bash' starter script
  # the shared libraries of bash, the JRE and the native code inside Kafka's jars (zstd, lz4, snappy: the broker
  # decompresses batches; zstd-jni needs libpthread.so.0, which neither bash nor the JRE pulls in)
  mkdir -p "$img/natives"
  for j in "$img"/libs/*.jar; do
    mkdir -p "$img/natives/${j##*/}"
    unzip -qo "$j" '*.so' -d "$img/natives/${j##*/}" 2>/dev/null || true   # most jars hold none
  done
  { ldd /bin/bash; find "$img/jre" "$img/natives" -type f \( -name '*.so' -o -path '*/bin/*' \) -exec ldd {} \; 2>/dev/null; } \
    | awk '/=> \//{print $3}' | grep -v "^$img" | sort -u | while read -r l; do
      mkdir -p "$R$(dirname "$l")"; cp -L "$l" "$R$l"; done
  cp -L /lib64/ld-linux-x86-64.so.2 "$R/lib64/"
  mv "$img/jre" "$R/opt/java"
  mv "$img/libs" "$R/opt/kafka/libs"
  printf 'root:x:0:0:root:/root:/bin/sh\nappuser:x:1000:1000::/tmp:/bin/sh\n' > "$R/etc/passwd"
  printf 'root:x:0:\nappuser:x:1000:\n' > "$R/etc/group"
  cat > "$R/opt/kafka/config/log4j2.properties" <<'EOF'
appender.console.type = Console
appender.console.name = STDOUT
appender.console.layout.type = PatternLayout
appender.console.layout.pattern = [%d] %p %m (%c)%n
rootLogger.level = info
rootLogger.appenderRef.stdout.ref = STDOUT
EOF
  # stand-in for apache/kafka's /etc/kafka/docker/run, which KafkaContainer's starter script calls:
  # KAFKA_FOO_BAR=x becomes foo.bar=x (___ -> -, __ -> _), then format KRaft storage and start the broker
  cat > "$R/etc/kafka/docker/run" <<'EOF'
#!/bin/sh
set -ef   # -f: no globbing, keep "-cp /opt/kafka/libs/*" literal
CONF=/opt/kafka/config/server.properties; : > $CONF
env | while IFS='=' read -r n v; do case "$n" in
  KAFKA_HEAP_OPTS|KAFKA_OPTS|KAFKA_JVM_PERFORMANCE_OPTS|KAFKA_LOG4J_OPTS|KAFKA_JMX_OPTS|KAFKA_GC_LOG_OPTS|KAFKA_VERSION) ;;
  KAFKA_*) echo "$(echo "${n#KAFKA_}" | tr A-Z a-z | sed -e 's/___/-/g' -e 's/__/@@/g' -e 's/_/./g' -e 's/@@/_/g')=$v" >> $CONF ;;
esac; done
grep -q '^log.dirs=' $CONF || echo log.dirs=/tmp/kraft-combined-logs >> $CONF
J="/opt/java/bin/java -Dlog4j2.configurationFile=/opt/kafka/config/log4j2.properties -cp /opt/kafka/libs/*"
$J kafka.tools.StorageTool format --ignore-formatted -t "${CLUSTER_ID:-4L6g3nShT-eMCtK--X86sw}" -c $CONF
exec $J ${KAFKA_HEAP_OPTS:--Xmx512m -Xms256m} ${KAFKA_JVM_PERFORMANCE_OPTS:--XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true} $KAFKA_OPTS kafka.Kafka $CONF
EOF
  chmod 755 "$R/etc/kafka/docker/run"
  printf 'FROM scratch\nCOPY rootfs/ /\nENV PATH=/opt/java/bin:/bin JAVA_HOME=/opt/java\nLABEL escmon.image.rev=%s\nEXPOSE 9092\nCMD ["/etc/kafka/docker/run"]\n' "$IMAGE_REV" \
    > "$img/Containerfile"
  podman build -q --layers=false -t "$IMAGE" "$img" >/dev/null || fail "podman build of $IMAGE"
  podman tag "$IMAGE" "docker.io/apache/kafka:$KAFKA_VER" || fail "podman tag"
  rm -rf "$img"
  lap "image build" "$t"
fi
podman images --format '{{.Repository}}:{{.Tag}} {{.Size}}' | grep kafka || true

# 5. a container must start: the cheapest proof that runtime, cgroups and rlimits work here ----------------
t=$(ts)
podman run --rm "docker.io/apache/kafka:$KAFKA_VER" /opt/java/bin/java -version >"$WORK/run-check.log" 2>&1 \
  || fail "a container does not start: $(tail -3 "$WORK/run-check.log" | tr '\n' ' ')"
lap "container start check" "$t"

cat > "$WORK/podman.env" <<EOF
export CONTAINERS_CONF=$WORK/containers.conf
export DOCKER_HOST=unix://$SOCK
export TESTCONTAINERS_RYUK_DISABLED=true
export TESTCONTAINERS_HOST_OVERRIDE=localhost
export ESCMON_TEST_KAFKA_IMAGE=docker.io/apache/kafka:$KAFKA_VER
EOF
lap total "$T0"
done_ok=1
echo "podman API service running as pid $SVC on unix://$SOCK"
