#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# The load a team's server holds (see the README, "Load"): reviewers reading pages and confirming pairs without pause,
# on one H2 instance and on two instances on one PostgreSQL (a throw-away cluster), 127.0.0.1 only. Builds both
# servers, then runs dev.tandem.bench.LoadBenchmark. Settings go to it, e.g.
#   src/test/scripts/load-bench.sh -Dtandem.load.setups=h2 -Dtandem.load.phases=own,shared -Dtandem.load.seconds=30
# SKIP_BUILD=1 uses the servers already built.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -DskipTests package
  ./mvnw -B -ntp -q -DskipTests package -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg
fi
exec ./mvnw -B -ntp -q test-compile exec:java@load-bench "$@"
