#!/usr/bin/env bash
# bench/checkout: orders per second and the time from POST /api/orders to CONFIRMED, at a fixed offered load, on a
# platform started by ./agora (every service and the broker on this machine). Traffic goes to 127.0.0.1 only.
#
#   bench/checkout/run.sh            RATE orders/s (default 50) for DURATION seconds (default 30), after a warm-up
#
# Env: RATE, DURATION (s), WARMUP_RATE (default 20), WARMUP_SECONDS (default 20; 0 skips the warm-up).
# Each order takes one unit of a product with stock: runs use the stock up (the bench says when to reseed it).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rate=${RATE:-50}
seconds=${DURATION:-30}
warmup_rate=${WARMUP_RATE:-20}
warmup_seconds=${WARMUP_SECONDS:-20}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

./agora down >/dev/null
# Every order is alice's: the gateway's per-user limit (20/s) would measure itself, so it is off for this run.
AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora up -d >/dev/null
trap './agora down >/dev/null' EXIT

run() { # rate seconds
    CUSTOMER_TOKEN=$(./agora token alice) ADMIN_TOKEN=$(./agora token admin) \
        "$java_home/bin/java" "$root/bench/checkout/CheckoutBench.java" "$1" "$2"
}

echo "$(nproc) cores; every service and the broker on this machine" >&2
if [ "$warmup_seconds" -gt 0 ]; then
    echo "warm-up (not measured): $warmup_rate orders/s for $warmup_seconds s" >&2
    run "$warmup_rate" "$warmup_seconds" >/dev/null
fi
run "$rate" "$seconds"
