#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Crash safety, measured: kill -9 during review edits, imports and exports, on H2 and on PostgreSQL (see the README,
# "Crash safety"). Builds the H2 server (target/quarkus-app) and the PostgreSQL one (target/quarkus-app-pg; db-kind is
# fixed at build time), then runs dev.tandem.bench.CrashCheck, which prints a table and exits non-zero on any loss.
# Arguments go to it, e.g.  src/test/scripts/crash-check.sh -Dtandem.crash.databases=h2 -Dtandem.crash.rounds=2
# SKIP_BUILD=1 uses the servers already built.
set -euo pipefail
cd "$(dirname "$0")/../../.."

want_pg=true
for arg in "$@"; do
  [[ "$arg" == -Dtandem.crash.databases=* && "${arg#*=}" != *pg* ]] && want_pg=false
done
if [[ "$want_pg" == true && ! -x $(ls -d /usr/lib/postgresql/*/bin/initdb 2>/dev/null | sort -V | tail -1) ]]; then
  echo "crash-check: PostgreSQL is not installed (apt-get install -y postgresql), or pass -Dtandem.crash.databases=h2" >&2
  exit 2
fi
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -DskipTests package
  if [[ "$want_pg" == true ]]; then
    ./mvnw -B -ntp -q -DskipTests package -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg
  fi
fi
exec ./mvnw -B -ntp -q test-compile exec:java@crash-check "$@"
