#!/usr/bin/env bash
# bench/gateway/cpu.sh: the gateway's own CPU time per request, and the catalog's behind it, for the same request as
# run.sh (GET /api/products/{id}). A ratio of requests/s mixes the gateway's cost with the catalog's and wrk's on the
# same cores; the CPU each JVM spends per request (user + system time from /proc/<pid>/stat around the measured run,
# divided by the requests wrk completed) does not, and compares variants of the gateway run after run.
#
#   bench/gateway/cpu.sh            starts the platform with the gateway's rate limits off, warms it, measures ROUNDS
#   bench/gateway/cpu.sh --running  measures the platform already running, for example after
#                                   AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora restart gateway
#
# Env: WARMUP (s of wrk before the first round, default 300: on 2 cores shared with wrk and the catalog the JIT takes
# minutes; after 90 s the gateway still spent a third more per request than after 5 minutes), DURATION (s per round,
# default 20), ROUNDS (default 3), CONNECTIONS (default 32). Traffic goes to 127.0.0.1 only.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
warmup=${WARMUP:-300}
duration=${DURATION:-20}
rounds=${ROUNDS:-3}
connections=${CONNECTIONS:-32}
running=false
for option in "$@"; do
    case "$option" in
        --running) running=true ;;
        *) echo "unknown option $option (--running)" >&2; exit 1 ;;
    esac
done
if ! command -v wrk >/dev/null; then
    echo "wrk is missing: installing it from Debian's packages." >&2
    apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi
if ! $running; then
    ./agora down >/dev/null
    AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora up -d >/dev/null
fi

id=$(curl -sf 'http://127.0.0.1:8081/api/products?size=1' | sed -E 's/.*"id":"([0-9a-f-]{36})".*/\1/')
url="http://127.0.0.1:8080/api/products/$id"
pid_of() { sed -n 's/^pid=//p' ".agora/run/$1.properties"; }
ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; } # user + system, in clock ticks
gateway=$(pid_of gateway)
catalog=$(pid_of catalog)
hz=$(getconf CLK_TCK)

echo "GET /api/products/{id} through the gateway: ${warmup}s of warm-up, then $rounds rounds of wrk -t2 -c$connections -d${duration}s" >&2
wrk -t2 -c"$connections" -d"${warmup}s" "$url" >/dev/null
for round in $(seq 1 "$rounds"); do
    gateway_before=$(ticks "$gateway")
    catalog_before=$(ticks "$catalog")
    out=$(wrk -t2 -c"$connections" -d"${duration}s" "$url")
    gateway_after=$(ticks "$gateway")
    catalog_after=$(ticks "$catalog")
    requests=$(echo "$out" | awk '/requests in/ {print $1}')
    rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
    non2xx=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
    awk -v r="$round" -v n="$requests" -v rps="$rps" -v hz="$hz" -v bad="${non2xx:-0}" \
        -v g=$((gateway_after - gateway_before)) -v c=$((catalog_after - catalog_before)) \
        'BEGIN {printf "round %d: %s req/s, gateway %.3f ms CPU per request, catalog %.3f ms, non-2xx %s\n",
            r, rps, g * 1000 / hz / n, c * 1000 / hz / n, bad}'
    if [ "${non2xx:-0}" != 0 ]; then
        echo "Answers other than 2xx: these figures are not of the request. Was the gateway started with its rate" \
            "limits on? (AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora restart gateway)" >&2
        exit 1
    fi
done
