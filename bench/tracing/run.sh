#!/usr/bin/env bash
# bench/tracing: what tracing costs a checkout. The same load twice in one run, on a platform started afresh each
# time: every trace sampled and exported to Zipkin (AGORA_TRACING_SAMPLING=1.0, the local default), then none (0.0;
# trace ids are still made, for logs and X-Trace-Id). Traffic goes to 127.0.0.1 only. Results: docs/benchmarks.md.
#
#   bench/tracing/run.sh            RATE orders/s (default 12) for DURATION s (default 30)
#
# Env: RATE, DURATION, WARMUP_SECONDS (default 30, at 6 orders/s, not measured). Cold services answer slowly and the
# gateway's breaker (slow calls over 1.5 s, docs/guides/resilience.md) refuses orders while they warm up: hence the
# gentle warm-up, and a rate below the platform's saturation (about 25/s, bench/checkout).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rate=${RATE:-12}
seconds=${DURATION:-30}
warmup_seconds=${WARMUP_SECONDS:-30}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

trap './agora down >/dev/null' EXIT
echo "$(nproc) cores; every service, the broker and Zipkin on this machine" >&2
for sampling in 1.0 0.0; do
    ./agora down >/dev/null
    # Every order is alice's: the gateway's per-user limit (20/s) would measure itself, so it is off for this run.
    AGORA_TRACING_SAMPLING=$sampling AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora up -d >/dev/null
    run() { # rate seconds
        CUSTOMER_TOKEN=$(./agora token alice) ADMIN_TOKEN=$(./agora token admin) \
            "$java_home/bin/java" "$root/bench/checkout/CheckoutBench.java" "$1" "$2"
    }
    if [ "$warmup_seconds" -gt 0 ]; then
        echo "sampling $sampling: warm-up (not measured), 6 orders/s for $warmup_seconds s" >&2
        run 6 "$warmup_seconds" >/dev/null
    fi
    echo "sampling $sampling:"
    run "$rate" "$seconds" | sed 's/^/  /'
done
