#!/usr/bin/env bash
# bench/gateway: the same request (GET /api/products/{id}) with wrk straight to the catalog, through nginx in front of
# the catalog (Debian's nginx, a plain reverse proxy with kept-alive upstream connections) and through the gateway, in
# one run, on a platform started by ./agora with the gateway's rate limits off (wrk is one caller: its 429s would be
# measured instead of the gateway). Prints requests/s, p99 and the count of non-2xx answers of each, and the ratios.
#
#   bench/gateway/run.sh              the real gateway (Spring Cloud Gateway on WebFlux)
#   bench/gateway/run.sh --webmvc     also Spring Cloud Gateway on WebMVC with virtual threads (bench/gateway-webmvc)
#   bench/gateway/run.sh --bare       also Spring Cloud Gateway on WebFlux as its starter comes, one route and nothing
#                                     of Agora's (bench/gateway-bare): the framework's own cost, the real gateway's floor
#
# Env: DURATION (s, default 20), WARMUP (s, default 150, before each target), CONNECTIONS (default 32), THREADS
# (default 2). The warm-up is long on purpose: on 2 cores the JIT shares the CPU with wrk and the services; the gateway
# measured after 5 s runs at a third of its warm speed, after 60 s at about half. Traffic goes to 127.0.0.1 only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
duration=${DURATION:-20}
warmup=${WARMUP:-150}
connections=${CONNECTIONS:-32}
threads=${THREADS:-2}
webmvc=false
bare=false
for option in "$@"; do
    case "$option" in
        --webmvc) webmvc=true ;;
        --bare) bare=true ;;
        *) echo "unknown option $option (--webmvc, --bare)" >&2; exit 1 ;;
    esac
done

for tool in wrk nginx; do
    if ! command -v "$tool" >/dev/null && [ ! -x "/usr/sbin/$tool" ]; then
        echo "$tool is missing: installing it from Debian's packages." >&2
        apt-get update -q >/dev/null && apt-get install -y -q "$tool" >/dev/null
    fi
done
nginx=$(command -v nginx || echo /usr/sbin/nginx)

./agora down >/dev/null
AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora up -d >/dev/null
nginx_dir=$(mktemp -d)
trap './agora down >/dev/null; [ -n "${mvc_pid:-}" ] && kill "$mvc_pid" 2>/dev/null;
    [ -n "${bare_pid:-}" ] && kill "$bare_pid" 2>/dev/null;
    [ -f "$nginx_dir/nginx.pid" ] && kill "$(cat "$nginx_dir/nginx.pid")" 2>/dev/null; rm -rf "$nginx_dir"' EXIT

# nginx on 8070 in front of the catalog: as many workers as cores, no access log, upstream connections kept alive.
cat >"$nginx_dir/nginx.conf" <<NGINX
worker_processes auto;
pid $nginx_dir/nginx.pid;
error_log $nginx_dir/error.log;
events { worker_connections 1024; }
http {
    access_log off;
    upstream catalog { server 127.0.0.1:8081; keepalive 64; }
    server {
        listen 127.0.0.1:8070;
        location / {
            proxy_pass http://catalog;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
        }
    }
}
NGINX
"$nginx" -p "$nginx_dir" -c "$nginx_dir/nginx.conf"

id=$(curl -sf 'http://127.0.0.1:8081/api/products?size=1' | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
path="/api/products/$id"

java=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java
# module port: builds bench/<module>, starts its jar with the JVM options ./agora gives every service (without an AOT
# cache) and echoes its pid once it routes.
start_bench_gateway() {
    JAVA_HOME=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64} ./mvnw -q -B -Pbench -pl "bench/$1" -am package -DskipTests >&2
    "$java" -XX:+UseSerialGC -Xss512k -Xms32m -Xmx256m -XX:ReservedCodeCacheSize=64m --enable-native-access=ALL-UNNAMED \
        -jar "bench/$1/target/$1.jar" >"/tmp/agora-bench-$1.log" 2>&1 &
    local pid=$!
    for _ in $(seq 1 60); do curl -sf "http://127.0.0.1:$2$path" >/dev/null && break; sleep 1; done
    echo "$pid"
}
if $webmvc; then mvc_pid=$(start_bench_gateway gateway-webmvc 8090); fi
if $bare; then bare_pid=$(start_bench_gateway gateway-bare 8092); fi

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
proxied=$(measure "nginx (8070)" "http://127.0.0.1:8070$path")
webflux=$(measure "gateway WebFlux (8080)" "http://127.0.0.1:8080$path")
awk -v n="$proxied" -v d="$direct" 'BEGIN {printf "ratio nginx/direct: %.2f\n", n / d}' >&2
awk -v g="$webflux" -v d="$direct" -v n="$proxied" \
    'BEGIN {printf "ratio WebFlux/direct: %.2f   WebFlux/nginx: %.2f\n", g / d, g / n}' >&2
echo "RSS after the run: catalog $(rss_mb "$(pid_of catalog)") MB, gateway $(rss_mb "$(pid_of gateway)") MB" >&2
if $webmvc; then
    mvc=$(measure "gateway WebMVC+VT (8090)" "http://127.0.0.1:8090$path")
    awk -v g="$mvc" -v d="$direct" 'BEGIN {printf "ratio WebMVC/direct: %.2f\n", g / d}' >&2
    echo "RSS after the run: gateway WebMVC $(rss_mb "$mvc_pid") MB" >&2
fi
if $bare; then
    plain=$(measure "gateway bare WebFlux (8092)" "http://127.0.0.1:8092$path")
    awk -v g="$plain" -v d="$direct" -v n="$proxied" \
        'BEGIN {printf "ratio bare WebFlux/direct: %.2f   bare WebFlux/nginx: %.2f\n", g / d, g / n}' >&2
    echo "RSS after the run: gateway bare WebFlux $(rss_mb "$bare_pid") MB" >&2
fi
