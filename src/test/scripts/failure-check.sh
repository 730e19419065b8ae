#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Failure behaviour of the packaged servers (see the README, "When things go wrong"): the database down or the data
# directory unusable at start, PostgreSQL lost while running, the data directory nearly full and full (a tmpfs: needs
# root), SIGTERM during an import and an export. Builds the H2 and the PostgreSQL server, then runs
# dev.tandem.bench.FailureCheck, which exits non-zero if a check fails. SKIP_BUILD=1 uses the servers already built.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -DskipTests package
  ./mvnw -B -ntp -q -DskipTests package -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg
fi
exec ./mvnw -B -ntp -q test-compile exec:java@failure-check "$@"
