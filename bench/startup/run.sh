#!/usr/bin/env bash
# bench/startup: time from `./agora up -d` to every service ready, and the RSS of each service JVM once ready,
# over RUNS runs (default 5), with the median. One unmeasured start first, so that builds and AOT caches are made.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
runs=${RUNS:-5}

./agora down >/dev/null
trap './agora down >/dev/null' EXIT
./agora up -d >/dev/null
./agora down >/dev/null

median() { sort -n | awk '{a[NR] = $1} END {print (NR % 2) ? a[(NR + 1) / 2] : (a[NR / 2] + a[NR / 2 + 1]) / 2}'; }
rss_mb() { awk '/VmRSS/ {printf "%d", $2/1024}' "/proc/$1/status"; }

times=() ; declare -A rss
for run in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    ./agora up -d >/dev/null
    end=$(date +%s.%N)
    seconds=$(awk -v s="$start" -v e="$end" 'BEGIN {printf "%.1f", e - s}')
    times+=("$seconds")
    line="run $run: ready in $seconds s;"
    for file in .agora/run/*.properties; do
        name=$(sed -n 's/^name=//p' "$file")
        mb=$(rss_mb "$(sed -n 's/^pid=//p' "$file")")
        rss[$name]+="$mb "
        line="$line $name ${mb} MB"
    done
    echo "$line"
    ./agora down >/dev/null
done

echo "median time to all ready: $(printf '%s\n' "${times[@]}" | median) s ($runs runs, $(nproc) cores)"
for name in "${!rss[@]}"; do
    echo "median RSS $name: $(printf '%s\n' ${rss[$name]} | median) MB"
done
