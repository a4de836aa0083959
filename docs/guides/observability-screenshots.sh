#!/usr/bin/env bash
# Takes the screenshots of docs/guides/observability.md with headless Chromium (Debian's chromium package), from a
# running ./agora up --with prometheus (with --scale catalog=2 the alerts page shows InstanceDown firing):
#
#   ./agora up -d --scale catalog=2 --with prometheus && docs/guides/observability-screenshots.sh
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
images=docs/guides/images
browser=$(command -v chromium || command -v chromium-browser || true)
[ -n "$browser" ] || { echo "No chromium: sudo apt-get install chromium" >&2; exit 1; }
curl -sf http://127.0.0.1:9090/-/ready >/dev/null || { echo "No Prometheus on 9090: ./agora up -d --with prometheus" >&2; exit 1; }

shoot() { # url file
    profile=$(mktemp -d)
    "$browser" --headless --no-sandbox --disable-gpu --disable-background-networking --disable-component-update \
        --disable-sync --no-first-run --user-data-dir="$profile" --hide-scrollbars --window-size=1400,900 \
        --virtual-time-budget=15000 --screenshot="$images/$2" "$1" 2>/dev/null
    rm -rf "$profile"
    echo "$images/$2"
}

token=$(./agora token alice)
trace=$(curl -si -X POST http://127.0.0.1:8080/api/orders -H "Authorization: Bearer $token" \
    -H 'Content-Type: application/json' -H "Idempotency-Key: $(cat /proc/sys/kernel/random/uuid)" \
    -d '{"items":[{"productId":"323efabc-cc23-5a4a-80a4-3e9bda47539f","quantity":1}],"paymentToken":"tok_ok"}' \
    | tr -d '\r' | awk 'tolower($1) == "x-trace-id:" { print $2 }')
echo "checkout trace $trace; waiting for the saga and the spans (10 s)"
sleep 10
shoot "http://127.0.0.1:9411/zipkin/traces/$trace" zipkin-checkout-trace.png

if ./agora status | grep -q '^catalog#2 '; then
    ./agora kill catalog#2
    echo "catalog#2 killed; waiting for InstanceDown to fire (60 s)"
    sleep 60
    shoot "http://127.0.0.1:9090/classic/alerts" prometheus-alerts.png
    ./agora restart catalog#2 >/dev/null
else
    shoot "http://127.0.0.1:9090/classic/alerts" prometheus-alerts.png
fi
