#!/usr/bin/env bash
# Error rate and latency of browsing through the gateway during each resilience experiment (docs/guides/resilience.md):
# no fault, one of two catalog instances killed, the catalog slowed to 2 s, a fifth of its answers failed.
# Starts Agora with two catalog instances (stopping one that runs), and stops it at the end.
# RATE (requests/s, default 15: under the per-address limit of 20/s) and DURATION (s per experiment, default 30).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
rate=${RATE:-15}
seconds=${DURATION:-30}
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}

./agora down >/dev/null
./agora up -d --scale catalog=2 >/dev/null
trap './agora down >/dev/null' EXIT

echo "$(nproc) cores; every service, two catalog instances and the broker on this machine; $rate requests/s," \
    "$seconds s per experiment" >&2
"$java_home/bin/java" "$root/bench/resilience/ResilienceBench.java" "$rate" "$seconds"
