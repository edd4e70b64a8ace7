#!/usr/bin/env bash
# Sourced by test.sh: a throwaway PostgreSQL cluster for the database tests.
#
# start_test_postgres installs Debian's postgresql package when no server binaries are found (as root,
# with apt-get), creates a cluster in a temp folder owned by an unprivileged user, starts it on a free
# loopback port with a random password, creates an empty database and exports WORKFORCE_TEST_DB.
# stop_test_postgres stops the server and deletes the folder; test.sh calls it from an EXIT trap so
# the cluster goes away even when the tests fail.

_pg_log() { echo "test-postgres: $*" >&2; }

_pg_bindir() {
  local dir
  # Debian keeps the server binaries out of PATH, one folder per major version; take the newest.
  for dir in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [ -x "$dir/initdb" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return 0; fi
  done
  if command -v initdb > /dev/null && command -v pg_ctl > /dev/null; then
    dirname "$(command -v initdb)"; return 0
  fi
  return 1
}

_pg_install() {
  if [ "$(id -u)" -ne 0 ]; then
    _pg_log "PostgreSQL server binaries not found and not root: install the 'postgresql' package, or set WORKFORCE_TEST_DB"
    return 1
  fi
  _pg_log "installing PostgreSQL (apt-get install postgresql)"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq > /dev/null
  apt-get install -y -qq postgresql > /dev/null
}

# Runs a command as the cluster's owner: initdb and postgres refuse to run as root.
_pg_as_owner() {
  if [ "$(id -u)" -eq 0 ]; then
    runuser -u "$_PG_OWNER" -- "$@"
  else
    "$@"
  fi
}

start_test_postgres() {
  local bindir
  bindir=$(_pg_bindir) || { _pg_install && bindir=$(_pg_bindir); } || {
    _pg_log "no initdb/pg_ctl after installing postgresql"; return 1; }

  _PG_OWNER=$(id -un)
  if [ "$(id -u)" -eq 0 ]; then
    _PG_OWNER=postgres   # created by Debian's postgresql package
    id "$_PG_OWNER" > /dev/null 2>&1 || { _pg_log "user '$_PG_OWNER' missing"; return 1; }
  fi

  _PG_DIR=$(mktemp -d /tmp/workforce-pg.XXXXXX)
  chmod 700 "$_PG_DIR"
  local password
  password=$(od -An -N16 -tx1 /dev/urandom | tr -d ' \n')
  printf '%s\n' "$password" > "$_PG_DIR/pwfile"
  if [ "$(id -u)" -eq 0 ]; then chown -R "$_PG_OWNER" "$_PG_DIR"; fi

  _pg_as_owner "$bindir/initdb" -D "$_PG_DIR/data" -U postgres --pwfile="$_PG_DIR/pwfile" \
    --auth-local=scram-sha-256 --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 > "$_PG_DIR/initdb.log" 2>&1 \
    || { _pg_log "initdb failed:"; cat "$_PG_DIR/initdb.log" >&2; return 1; }

  # Other test runs may share the machine: try ports until one starts.
  local port started=0
  for port in $(seq 55432 55531); do
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2> /dev/null; then continue; fi
    if _pg_as_owner "$bindir/pg_ctl" -D "$_PG_DIR/data" -l "$_PG_DIR/server.log" -w -t 60 start \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $_PG_DIR -c max_connections=200 -c fsync=off" > /dev/null 2>&1; then
      started=1; break
    fi
  done
  if [ "$started" -ne 1 ]; then
    _pg_log "the server did not start:"; tail -20 "$_PG_DIR/server.log" >&2; return 1
  fi
  _PG_BINDIR=$bindir

  PGPASSWORD=$password "$bindir/psql" -h 127.0.0.1 -p "$port" -U postgres -d postgres -v ON_ERROR_STOP=1 -q \
    -c "CREATE DATABASE workforce_test" > /dev/null || return 1
  export WORKFORCE_TEST_DB="Host=127.0.0.1;Port=$port;Username=postgres;Password=$password;Database=workforce_test"
  _pg_log "PostgreSQL $("$bindir/pg_ctl" --version | sed -E "s/.*\(PostgreSQL\) ([0-9.]+).*/\1/") on 127.0.0.1:$port, database workforce_test"
}

stop_test_postgres() {
  if [ -n "${_PG_DIR:-}" ] && [ -d "$_PG_DIR" ]; then
    if [ -n "${_PG_BINDIR:-}" ]; then
      _pg_as_owner "$_PG_BINDIR/pg_ctl" -D "$_PG_DIR/data" -m immediate -w stop > /dev/null 2>&1 || true
    fi
    rm -rf "$_PG_DIR"
  fi
}
