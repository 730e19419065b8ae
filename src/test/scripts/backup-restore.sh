#!/usr/bin/env bash
# SPDX-License-Identifier: Apache-2.0
# Backup and restore, as the README tells an admin to do them, on H2 and on PostgreSQL (see the README, "Backup and
# restore"). Builds the H2 server (target/quarkus-app) and the PostgreSQL one (target/quarkus-app-pg), then runs
# dev.tandem.bench.BackupRestoreCheck, which exits non-zero if anything did not come back.
# SKIP_BUILD=1 uses the servers already built. Needs Debian's postgresql package.
set -euo pipefail
cd "$(dirname "$0")/../../.."
if [[ "${SKIP_BUILD:-}" != 1 ]]; then
  ./mvnw -B -ntp -q -DskipTests package
  ./mvnw -B -ntp -q -DskipTests package -Dquarkus.profile=pg -Dquarkus.package.output-directory=quarkus-app-pg
fi
exec ./mvnw -B -ntp -q test-compile exec:java@backup-restore "$@"
