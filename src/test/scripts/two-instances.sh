#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Two Tandem instances on one throw-away PostgreSQL, started together on the empty database (see the README,
# "Running several instances"). Builds the PostgreSQL server (target/quarkus-app-pg; db-kind is fixed at build
# time), then runs dev.tandem.bench.TwoInstances, which prints one line per check and exits non-zero if one fails.
# SKIP_BUILD=1 uses the server already built. Needs Debian's postgresql package (initdb under /usr/lib/postgresql).
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -DskipTests package -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg
fi
exec ./mvnw -B -ntp -q test-compile exec:java@two-instances "$@"
