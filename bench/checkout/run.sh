#!/usr/bin/env bash
# bench/checkout: orders per second and the time from POST /api/orders to each order's end, through the gateway, on a
# platform this script starts with ./agora (every service and the broker on this machine, tracing at its default
# sampling of 1.0, the gateway's rate limits on). Traffic goes to 127.0.0.1 only; every run is bounded.
#
#   bench/checkout/run.sh             RATE orders/s for DURATION s, after a warm-up
#   SEARCH=1 bench/checkout/run.sh    the highest rate whose p99 stays under 1 s with nothing refused: a step search
#                                     from SEARCH_FROM by SEARCH_STEP orders/s, DURATION s a step, up to SEARCH_TO
#
# Env: RATE (default 50), DURATION (s, default 60), WARMUP_RATE (default 20), WARMUP_SECONDS (default 120: the nine
# JVMs compile their hot code in the first minutes, on the same two cores; 0 skips it), CUSTOMERS (default 20).
# The orders are spread over CUSTOMERS accounts, bench-N@agora.test, which the bench opens (once) and signs in: each
# customer stays under the gateway's per-customer limit (20/s). The sign-in limit (5 a minute per address) is raised
# for the bench's own platform only, so that it can sign them all in.
# Each run prints what each JVM (and with POSTGRES=1 the PostgreSQL server) used of the CPU during it (100 % = one core),
# and where the gateway's concurrency limit for orders stood at its end, with how many it shed during it.
# Each order takes one unit of one of 10 products: before each run the bench receives what those products lack for
# their share (POST /api/inventory/{id}/receipts, as an admin), so any rate and length has the stock it needs. It
# starts its platform from the seeded stock, removing .agora/data/inventory first.
# PROFILE=orders: a JFR recording of that service during each measured run (settings=profile), in .agora/bench/, with
# its hottest methods printed.
# POSTGRES=1: the platform keeps its data on the local PostgreSQL (./agora up --postgres); the seeded stock comes back
# by dropping the database agora_inventory (with psql, as the user AGORA_POSTGRES_USER, postgres by default).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rate=${RATE:-50}
seconds=${DURATION:-60}
warmup_rate=${WARMUP_RATE:-20}
warmup_seconds=${WARMUP_SECONDS:-120}
if [ "$seconds" -gt 120 ]; then
    echo "DURATION is at most 120 s: a measured run keeps the tokens it started with, which live 5 minutes" >&2
    exit 1
fi
customers=${CUSTOMERS:-20}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
gateway=http://127.0.0.1:8080

./agora down >/dev/null
storage=()
if [ "${POSTGRES:-0}" = 1 ]; then
    storage=(--postgres)
    echo "starting from the seeded stock: the database agora_inventory dropped; every service on PostgreSQL" >&2
    psql -X -q -h 127.0.0.1 -U "${AGORA_POSTGRES_USER:-postgres}" -d postgres \
        -c 'DROP DATABASE IF EXISTS agora_inventory WITH (FORCE)'
else
    echo "starting from the seeded stock: .agora/data/inventory removed; every service on H2" >&2
    rm -rf .agora/data/inventory
fi
AGORA_GATEWAY_RATELIMITS_LOGIN_REQUESTS=1000 AGORA_GATEWAY_RATELIMITS_LOGIN_BURST=1000 ./agora up -d "${storage[@]}" >/dev/null
trap './agora down >/dev/null' EXIT

password() { echo "bench-password-$1"; }

# Opens the bench's customers; 409 ACCOUNT_EXISTS is an account opened by an earlier run.
for n in $(seq 1 "$customers"); do
    status=$(curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"email\":\"bench-$n@agora.test\",\"password\":\"$(password "$n")\",\"name\":\"Bench $n\"}" \
        "$gateway/api/accounts")
    if [ "$status" != 201 ] && [ "$status" != 409 ]; then
        echo "cannot open the account bench-$n@agora.test: $status" >&2
        exit 1
    fi
done

# Tokens live 5 minutes and a run uses its tokens until its last order has ended: signed in again when older than one
# minute, before runs of two minutes at most (a longer warm-up is several runs) and the wait for their orders.
tokens_at=0
sign_in() {
    if [ $(($(date +%s) - tokens_at)) -gt 60 ]; then
        customer_tokens=$(for n in $(seq 1 "$customers"); do
            AGORA_PASSWORD=$(password "$n") ./agora token "bench-$n@agora.test"
        done | paste -sd, -)
        admin_token=$(./agora token admin)
        tokens_at=$(date +%s)
    fi
}

cpu_ticks() { # name ticks, for each JVM ./agora started, and for the PostgreSQL server's processes together
    {
        for file in .agora/run/*.properties; do
            echo "$(sed -n 's/^name=//p' "$file") $(awk '{print $14 + $15}' "/proc/$(sed -n 's/^pid=//p' "$file")/stat")"
        done
        if [ "${POSTGRES:-0}" = 1 ]; then
            for pid in $(pgrep -x postgres); do awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null; done |
                awk '{sum += $1} END {print "postgresql", sum + 0}'
        fi
    } | sort
}

profile=${PROFILE:-}
record() { # jcmd arguments, for the JVM of the profiled service
    "$java_home/bin/jcmd" "$(sed -n 's/^pid=//p' ".agora/run/$profile.properties")" "$@" >/dev/null
}

orders_at_gateway() { # metric: its value for orders on the gateway's metrics port, 0 if it has none yet
    curl -s http://127.0.0.1:9080/actuator/prometheus |
        awk -v metric="$1" 'index($1, metric "{") == 1 && $1 ~ /service="orders"/ {value = $2} END {print value + 0}'
}

run() { # rate seconds: the bench's output, then the CPU of each JVM during the run
    sign_in
    local before start recording shed_before
    if [ -n "$profile" ]; then record JFR.start name=bench settings=profile; fi
    shed_before=$(orders_at_gateway agora_gateway_upstream_shed_total)
    before=$(cpu_ticks)
    start=$(date +%s.%N)
    CUSTOMER_TOKENS=$customer_tokens ADMIN_TOKEN=$admin_token \
        "$java_home/bin/java" "$root/bench/checkout/CheckoutBench.java" "$1" "$2"
    if [ -n "$profile" ]; then
        mkdir -p .agora/bench
        recording="$root/.agora/bench/$profile-$1-per-s.jfr"
        record JFR.stop name=bench filename="$recording"
        echo "JFR recording of $profile during the run: $recording; its hottest methods:"
        "$java_home/bin/jfr" view --width 160 hot-methods "$recording" | head -n 25
    fi
    join <(echo "$before") <(cpu_ticks) | awk -v start="$start" -v end="$(date +%s.%N)" -v hz="$(getconf CLK_TCK)" \
        '{line = line sprintf(" %s %.0f%%", $1, 100 * ($3 - $2) / hz / (end - start))}
        END {print "cpu during the run (100 % = one core):" line}'
    # Whether a refusal came from the gateway's concurrency limit, and where the limit stood (docs/guides/resilience.md).
    echo "the gateway's concurrency limit for orders at the end: $(orders_at_gateway agora_gateway_upstream_concurrency_limit)," \
        "shed by it during the run: $(($(orders_at_gateway agora_gateway_upstream_shed_total) - shed_before))"
}

echo "$(nproc) cores; every service and the broker on this machine; $customers customers" >&2
if [ "$warmup_seconds" -gt 0 ]; then
    echo "warm-up (not measured): $warmup_rate orders/s for $warmup_seconds s" >&2
    for ((left = warmup_seconds; left > 0; left -= 120)); do
        run "$warmup_rate" $((left < 120 ? left : 120)) >/dev/null
    done
fi

if [ "${SEARCH:-0}" != 1 ]; then
    run "$rate" "$seconds"
    exit 0
fi

best=none
for step in $(seq "${SEARCH_FROM:-20}" "${SEARCH_STEP:-10}" "${SEARCH_TO:-300}"); do
    sign_in # here, not in run's subshell, so that the tokens are kept for the next steps
    output=$(run "$step" "$seconds")
    echo "$output"
    result=$(echo "$output" | sed -n 's/^RESULT //p')
    if [ -z "$result" ]; then
        echo "step search: the step at $step orders/s did not run (its error is above); the highest rate held: $best" >&2
        exit 1
    fi
    p99=$(echo "$result" | sed -n 's/.*p99_ms=\([0-9]*\).*/\1/p')
    refused=$(echo "$result" | sed -n 's/.* refused=\([0-9]*\).*/\1/p')
    if [ -z "$p99" ] || [ "$p99" -gt 1000 ] || [ "$refused" -gt 0 ]; then
        echo "step search: $step orders/s misses (p99 ${p99:-?} ms, $refused refused); the highest rate held: $best"
        exit 0
    fi
    best="$step orders/s"
done
echo "step search: every step held, up to $best"
