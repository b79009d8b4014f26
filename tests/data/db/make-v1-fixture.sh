#!/usr/bin/env bash
# Rebuilds v1.sqlite, the frozen schema-1 database the upgrade test opens. Run only when the fixture
# itself must change (never after schema 1 shipped): it uses migration 0001 exactly as it is.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$here/../../.."
rm -f "$here/v1.sqlite"
{
  echo "PRAGMA foreign_keys = ON;"
  echo "BEGIN;"
  cat "$root/app/core/storage/migrations/sqlite/0001_initial.sql"
  cat "$here/v1-seed.sql"
  echo "PRAGMA user_version = 1;"
  echo "COMMIT;"
} | sqlite3 "$here/v1.sqlite"
sqlite3 "$here/v1.sqlite" "PRAGMA integrity_check; PRAGMA user_version; PRAGMA journal_mode;"
