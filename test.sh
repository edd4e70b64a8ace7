#!/usr/bin/env bash
# The one test command: builds the solution and runs every test project, with a throwaway
# PostgreSQL server for the database tests (installed with apt-get when missing; see
# tools/test-postgres.sh). Set WORKFORCE_TEST_DB to use a database of your own instead.
set -euo pipefail
cd "$(dirname "$0")"
# The database tests fail, rather than skip, when they find no database.
export WORKFORCE_TEST_DB_REQUIRED=1
if [ -z "${WORKFORCE_TEST_DB:-}" ]; then
  source tools/test-postgres.sh
  trap stop_test_postgres EXIT
  start_test_postgres
fi
dotnet test Workforce.sln --nologo "$@"
