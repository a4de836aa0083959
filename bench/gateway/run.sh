#!/usr/bin/env bash
# bench/gateway: the same request (GET /api/products/{id}) with wrk straight to the catalog and through the gateway,
# in one run, on a platform started by ./agora. Prints requests/s and p99 of each, and the throughput ratio.
#
#   bench/gateway/run.sh              the real gateway (Spring Cloud Gateway on WebFlux)
#   bench/gateway/run.sh --webmvc     also Spring Cloud Gateway on WebMVC with virtual threads (bench/gateway-webmvc)
#
# Env: DURATION (s, default 20), WARMUP (s, default 60), CONNECTIONS (default 32), THREADS (default 2).
# The warm-up is long on purpose: on 2 cores the JIT shares the CPU with wrk and the services, and a gateway measured
# after 5 s runs at a third of its warm speed. Traffic goes to 127.0.0.1 only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
duration=${DURATION:-20}
warmup=${WARMUP:-60}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
webmvc=false
[ "${1:-}" = "--webmvc" ] && webmvc=true

if ! command -v wrk >/dev/null; then
    echo "wrk is missing: installing it from Debian's packages." >&2
    apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi

./agora down >/dev/null
./agora up -d >/dev/null
trap './agora down >/dev/null; [ -n "${mvc_pid:-}" ] && kill "$mvc_pid" 2>/dev/null || true' EXIT

id=$(curl -sf 'http://127.0.0.1:8081/api/products?size=1' | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
path="/api/products/$id"

if $webmvc; then
    JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -q -B -Pbench -pl bench/gateway-webmvc -am package -DskipTests
    # The JVM options ./agora gives every service (deploy/local Platform.JVM_OPTIONS), without an AOT cache.
    "${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java" -XX:+UseSerialGC -Xss512k -Xms32m -Xmx256m \
        -XX:ReservedCodeCacheSize=64m --enable-native-access=ALL-UNNAMED \
        -jar bench/gateway-webmvc/target/gateway-webmvc.jar >/tmp/agora-bench-webmvc.log 2>&1 &
    mvc_pid=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:8090$path" >/dev/null && break; sleep 1; done
fi

rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }
pid_of() { sed -n 's/^pid=//p' ".agora/run/$1.properties"; }

measure() { # name url
    wrk -t"$threads" -c"$connections" -d"${warmup}s" "$2" >/dev/null # warm-up: JIT and connection pools
    local out rps p99
    out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency "$2")
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    p99=$(echo "$out" | awk '$1 == "99%" {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    printf '%-28s %10s req/s   p99 %8s   non-2xx %s\n' "$1" "$rps" "$p99" "${non2xx:-0}" >&2
    echo "$rps"
}

echo "GET $path, wrk -t$threads -c$connections -d${duration}s after ${warmup}s of warm-up, $(nproc) cores" >&2
direct=$(measure "catalog direct (8081)" "http://127.0.0.1:8081$path")
webflux=$(measure "gateway WebFlux (8080)" "http://127.0.0.1:8080$path")
awk -v g="$webflux" -v d="$direct" 'BEGIN {printf "ratio WebFlux/direct: %.2f\n", g / d}' >&2
echo "RSS after the run: catalog $(rss_mb "$(pid_of catalog)") MB, gateway $(rss_mb "$(pid_of gateway)") MB" >&2
if $webmvc; then
    mvc=$(measure "gateway WebMVC+VT (8090)" "http://127.0.0.1:8090$path")
    awk -v g="$mvc" -v d="$direct" 'BEGIN {printf "ratio WebMVC/direct: %.2f\n", g / d}' >&2
    echo "RSS after the run: gateway WebMVC $(rss_mb "$mvc_pid") MB" >&2
fi
