#!/bin/sh
# The benchmark: schemadiff vs Hibernate 7.4.6 and liquibase-hibernate7 at N = 200, 1000, 3000.
# Usage: bench/run.sh [--quick] [--sizes 200,1000]    (--quick: N=200 only, fewer repetitions)
# Writes bench/target/results.md, results.csv and time-vs-n.png. Needs a JDK 17+; ~13 min on 2 cores.
set -eu
root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root"
echo "bench: building the CLI jar and the harness (-Pbench)..."
./mvnw -q -B -DskipTests -Dmaven.javadoc.skip=true -Pbench package -pl cli,bench -am
# liquibase-hibernate7 needs Liquibase 5.x (FSL): resolved here, for this run only, never a dependency.
echo "bench: resolving the liquibase-hibernate7 peer into bench/target/liquibase-lib..."
if ! ./mvnw -q -B -f bench/liquibase-hibernate/pom.xml dependency:copy-dependencies \
    -DoutputDirectory="$root/bench/target/liquibase-lib" >"$root/bench/target/liquibase-resolve.log" 2>&1; then
  echo "bench: could not resolve liquibase-hibernate7 (see bench/target/liquibase-resolve.log); running without it"
fi
java_cmd=java
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then
  java_cmd="$JAVA_HOME/bin/java"
fi
# Warm runs happen in this JVM: let HotSpot compile JavaParser's lexer (one method over its 8,000-byte
# limit), as the launcher does; cold runs take the launcher's flags from ./schemadiff itself.
exec "$java_cmd" -Xmx2g -XX:-DontCompileHugeMethods -cp "bench/target/classes:bench/target/lib/*" dev.schemadiff.bench.BenchMain "$@"
