#!/usr/bin/env bash
# bench/storefront: what a page of the shop costs against the API calls it is made of, in one run, all through the
# gateway with wrk, on a platform started by ./agora with the gateway's rate limits off (wrk is one caller):
#   - the home page (GET /), made of three calls: a page of 12 products, the categories, their availability;
#   - a product page (GET /products/{id}), made of two: the product and its availability;
#   - each of those API calls on its own, the same way.
# A page's cost is 1 / its requests per second; the calls' cost is the sum of theirs. The goal: a page costs at most
# twice the calls it is made of (it also renders HTML and escapes every value). Both pages are measured anonymous and
# signed in (a customer who signed up through the shop's form: their session cookie sent with every request; the
# pages then also read the session and the customer's cart from the storefront's database).
#
# Env: DURATION (s, default 20), WARMUP (s, default 120 per target: after 60 s the home page still ran at a third of
# its warm rate, the JIT compiling on the cores the pages need), CONNECTIONS (default 16), THREADS (default 2).
# Traffic goes to 127.0.0.1 only; the run stops by itself and stops the platform.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
duration=${DURATION:-20}
warmup=${WARMUP:-120}
connections=${CONNECTIONS:-16}
threads=${THREADS:-2}
gateway=http://127.0.0.1:8080

if ! command -v wrk >/dev/null; then
    echo "wrk is missing: installing it from Debian's packages." >&2
    apt-get update -q >/dev/null && apt-get install -y -q wrk >/dev/null
fi

./agora down >/dev/null
jar=$(mktemp)
AGORA_GATEWAY_RATELIMITS_ENABLED=false ./agora up -d >/dev/null
trap './agora down >/dev/null; rm -f "$jar"' EXIT

first=$(curl -fsS "$gateway/api/products?size=12&sort=name,asc")
ids=$(grep -oE '"id":"[0-9a-f-]{36}"' <<<"$first" | cut -d'"' -f4)
product=$(head -n 1 <<<"$ids")
availability="/api/inventory/availability?$(sed 's/^/productId=/' <<<"$ids" | paste -sd '&')"

# A customer of the shop: signed up through its form, which signs them in; wrk sends their session cookie.
form=$(curl -fsS -c "$jar" -b "$jar" "$gateway/sign-up")
csrf=$(grep -oE 'name="_csrf" value="[^"]+"' <<<"$form" | head -n 1 | cut -d'"' -f4 || true)
if [[ -z $csrf ]]; then
    echo "the sign-up form at $gateway/sign-up has no CSRF token" >&2
    exit 1
fi
curl -fsS -o /dev/null -c "$jar" -b "$jar" -X POST "$gateway/sign-up" --data-urlencode "_csrf=$csrf" \
    --data-urlencode "name=Bench customer" --data-urlencode "email=bench-$(date +%s%N)@agora.test" \
    --data-urlencode "password=bench-password-$RANDOM$RANDOM"
session=$(awk '$6 == "AGORA_SHOP" {print $7}' "$jar")
if [[ -z $session ]]; then
    echo "signing up through /sign-up gave no session cookie" >&2
    exit 1
fi
signed_in="Cookie: AGORA_SHOP=$session"

# name|path|header, in the order they are measured
targets=(
    "home page|/"
    "home page, signed in|/|$signed_in"
    "  its products|/api/products?page=0&size=12&sort=name,asc"
    "  its categories|/api/categories"
    "  their availability|$availability"
    "product page|/products/$product"
    "product page, signed in|/products/$product|$signed_in"
    "  the product|/api/products/$product"
    "  its availability|/api/inventory/availability?productId=$product"
)

declare -A rps
printf '%-24s %10s %10s %8s\n' target 'req/s' 'p99' 'non-2xx'
for target in "${targets[@]}"; do
    IFS='|' read -r name path header <<<"$target"
    wrk -t"$threads" -c"$connections" -d"${warmup}s" ${header:+-H "$header"} "$gateway$path" >/dev/null
    out=$(wrk -t"$threads" -c"$connections" -d"${duration}s" --latency ${header:+-H "$header"} "$gateway$path")
    rate=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
    p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
    bad=$(awk '/Non-2xx/ {print $NF}' <<<"$out")
    rps[$name]=$rate
    printf '%-24s %10s %10s %8s\n' "$name" "$rate" "$p99" "${bad:-0}"
done

awk -v home="${rps[home page]}" -v shome="${rps[home page, signed in]}" -v p="${rps[  its products]}" \
    -v c="${rps[  its categories]}" -v a="${rps[  their availability]}" -v page="${rps[product page]}" \
    -v spage="${rps[product page, signed in]}" -v one="${rps[  the product]}" -v oa="${rps[  its availability]}" 'BEGIN {
        calls = 1000 / p + 1000 / c + 1000 / a
        printf "home page: %.2f ms a page, its calls %.2f ms: %.2fx (goal <= 2x)\n", 1000 / home, calls, (1000 / home) / calls
        printf "home page, signed in: %.2f ms a page: %.2fx\n", 1000 / shome, (1000 / shome) / calls
        calls = 1000 / one + 1000 / oa
        printf "product page: %.2f ms a page, its calls %.2f ms: %.2fx (goal <= 2x)\n", 1000 / page, calls, (1000 / page) / calls
        printf "product page, signed in: %.2f ms a page: %.2fx\n", 1000 / spage, (1000 / spage) / calls
    }'
