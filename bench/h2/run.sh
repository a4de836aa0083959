#!/usr/bin/env bash
# bench/h2: what a commit costs H2 (the default database of ./agora up) as the services use it: CPU per pair of
# outbox-like transactions and bytes written per commit, with the services' settings and with the variants given.
#
#   bench/h2/run.sh                                  the services' settings
#   bench/h2/run.sh ';RETENTION_TIME=0' ...          each argument: settings appended to the JDBC URL, one run each
#
# Env: PAIRS (default 20000, after 5000 of warm-up). Runs in one JVM per setting; needs nothing running.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
cd "$root"
java_home=${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
version=$(./mvnw -q help:evaluate -Dexpression=h2.version -DforceStdout)
jar="$HOME/.m2/repository/com/h2database/h2/$version/h2-$version.jar"
[ -f "$jar" ] || ./mvnw -q dependency:get -Dartifact="com.h2database:h2:$version" >/dev/null
echo "H2 $version, ${PAIRS:-20000} pairs after 5000 of warm-up"
for settings in "" "$@"; do
    "$java_home/bin/java" -XX:+UseSerialGC -Xmx256m -cp "$jar" bench/h2/H2Commits.java "$settings" "${PAIRS:-20000}"
done
