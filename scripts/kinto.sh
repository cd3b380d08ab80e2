#!/usr/bin/env bash
# A local Kinto sync server for tests and development: Kinto pinned from PyPI in a venv, over a PostgreSQL
# cluster of its own (Debian's `postgresql` package), both on 127.0.0.1 and both under <target>/kinto/
# (<target> is $CARGO_TARGET_DIR, or the repository's target/).
#
#   scripts/kinto.sh start    install what is missing, start PostgreSQL and Kinto, print the URL
#   scripts/kinto.sh stop     stop both (by the PIDs recorded at start)
#   scripts/kinto.sh status   print the URL if it answers, exit 1 otherwise
#   scripts/kinto.sh url      print the URL of the running server
#
# Settings (environment):
#   SPANDREL_KINTO_DIR             state folder (default: ${CARGO_TARGET_DIR:-<repo>/target}/kinto)
#   SPANDREL_KINTO_PORT            Kinto's port (default: a free port)
#   SPANDREL_KINTO_CORS_ORIGINS    kinto.cors_origins (default: "*"; e.g. "http://127.0.0.1:8080")
#   SPANDREL_KINTO_ADMIN_PASSWORD  password of the account "admin", who may create buckets (default: "admin-secret")
#
# Works as root without a terminal (CI): apt-get and pip run non-interactively, PostgreSQL runs as the
# `postgres` user. A second `start` with the same version installed installs nothing.
set -euo pipefail

KINTO_VERSION=26.5.0
REPO=$(cd "$(dirname "$0")/.." && pwd)
DIR=${SPANDREL_KINTO_DIR:-${CARGO_TARGET_DIR:-$REPO/target}/kinto}
VENV=$DIR/venv
INI=$DIR/kinto.ini
LOG=$DIR/kinto.log
PIDFILE=$DIR/kinto.pid
URLFILE=$DIR/url
CORS=${SPANDREL_KINTO_CORS_ORIGINS:-*}
ADMIN_PASSWORD=${SPANDREL_KINTO_ADMIN_PASSWORD:-admin-secret}
DB_USER=kinto
DB_NAME=kinto

say() { echo "kinto.sh: $*" >&2; }
die() { say "$*"; exit 1; }
is_root() { [ "$(id -u)" = 0 ]; }

apt_install() { # apt_install PACKAGE...: installs, running `apt-get update` first when the lists are stale
  is_root || die "needs the Debian package(s) $* (run: sudo apt-get install -y $*)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q --no-install-recommends "$@" </dev/null >"$DIR/apt.log" 2>&1; then
    apt-get update -q </dev/null >>"$DIR/apt.log" 2>&1 || die "apt-get update failed, see $DIR/apt.log"
    apt-get install -y -q --no-install-recommends "$@" </dev/null >>"$DIR/apt.log" 2>&1 ||
      die "apt-get install $* failed, see $DIR/apt.log"
  fi
}

pg_bindir() {
  local d
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    [ -x "$d/pg_ctl" ] && [ -x "$d/initdb" ] && { echo "$d"; return 0; }
  done
  return 1
}

free_port() {
  "$VENV/bin/python" -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# Runs a command as the user PostgreSQL runs as (postgres when we are root, ourselves otherwise).
as_pg() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

install_kinto() {
  local marker=$VENV/.spandrel-kinto-$KINTO_VERSION
  [ -f "$marker" ] && [ -x "$VENV/bin/kinto" ] && return 0
  local py=""
  for cand in python3 /usr/bin/python3; do
    if command -v "$cand" >/dev/null && "$cand" -c 'import venv, ensurepip' 2>/dev/null; then py=$cand; break; fi
  done
  if [ -z "$py" ]; then
    apt_install python3 python3-venv
    py=/usr/bin/python3
  fi
  say "installing kinto $KINTO_VERSION into $VENV"
  rm -rf "$VENV"
  "$py" -m venv "$VENV"
  "$VENV/bin/pip" install -q --disable-pip-version-check "kinto[postgresql]==$KINTO_VERSION" </dev/null \
    >"$DIR/pip.log" 2>&1 || die "pip install kinto==$KINTO_VERSION failed, see $DIR/pip.log"
  touch "$marker"
}

# The cluster's folder: under $DIR when the postgres user can reach it, else a private folder in /var/tmp.
pg_dir() {
  if is_root && ! runuser -u postgres -- test -x "$DIR" 2>/dev/null; then
    echo "/var/tmp/spandrel-kinto-$(echo "$DIR" | cksum | cut -d' ' -f1)"
  else
    echo "$DIR/pg"
  fi
}

start_postgres() {
  local bindir pgdir data port pw
  bindir=$(pg_bindir) || { apt_install postgresql; bindir=$(pg_bindir) || die "no PostgreSQL after installing it"; }
  pgdir=$(pg_dir)
  data=$pgdir/data
  mkdir -p "$pgdir"
  if is_root; then chown postgres: "$pgdir"; fi
  chmod 700 "$pgdir"
  [ -f "$pgdir/password" ] || as_pg sh -c "umask 077; head -c 18 /dev/urandom | base64 | tr -d '/+=' > '$pgdir/password'"
  if [ ! -f "$data/PG_VERSION" ]; then
    as_pg "$bindir/initdb" -D "$data" -U "$DB_USER" --pwfile="$pgdir/password" --auth-host=scram-sha-256 \
      --auth-local=reject -E UTF8 --locale=C.UTF-8 >"$pgdir/initdb.log" 2>&1 ||
      die "initdb failed, see $pgdir/initdb.log"
  fi
  if as_pg "$bindir/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    port=$(sed -n 4p "$data/postmaster.pid")
  else
    port=$(free_port)
    as_pg "$bindir/pg_ctl" -D "$data" -l "$pgdir/postgres.log" -w -t 60 \
      -o "-c listen_addresses=127.0.0.1 -c port=$port -c unix_socket_directories=''" start >/dev/null ||
      die "PostgreSQL did not start, see $pgdir/postgres.log"
  fi
  pw=$(as_pg cat "$pgdir/password")
  if ! PGPASSWORD=$pw "$bindir/psql" -h 127.0.0.1 -p "$port" -U "$DB_USER" -d postgres -tAc \
    "SELECT 1 FROM pg_database WHERE datname = '$DB_NAME'" | grep -q 1; then
    PGPASSWORD=$pw "$bindir/createdb" -h 127.0.0.1 -p "$port" -U "$DB_USER" "$DB_NAME" ||
      die "could not create the database $DB_NAME"
  fi
  PG_URL="postgresql://$DB_USER:$pw@127.0.0.1:$port/$DB_NAME"
}

write_ini() {
  local secret
  [ -f "$DIR/secret" ] || (umask 077; head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n' >"$DIR/secret")
  secret=$(cat "$DIR/secret")
  (umask 077; cat >"$INI" <<EOF
# Written by scripts/kinto.sh (rewritten at every start).
[server:main]
use = egg:waitress#main
host = 127.0.0.1
port = %(http_port)s

[app:main]
use = egg:kinto
kinto.includes = kinto.plugins.accounts kinto.plugins.history
kinto.storage_backend = kinto.core.storage.postgresql
kinto.storage_url = $PG_URL
kinto.cache_backend = kinto.core.cache.postgresql
kinto.cache_url = $PG_URL
kinto.permission_backend = kinto.core.permission.postgresql
kinto.permission_url = $PG_URL
kinto.storage_pool_size = 10
kinto.userid_hmac_secret = $secret
multiauth.policies = account
multiauth.policy.account.use = kinto.plugins.accounts.AccountsPolicy
kinto.account_create_principals = system.Everyone
kinto.account_write_principals = account:admin
kinto.bucket_create_principals = account:admin
kinto.cors_origins = $CORS
kinto.paginate_by = 200

[loggers]
keys = root, kinto

[handlers]
keys = console

[formatters]
keys = plain

[logger_root]
level = WARNING
handlers = console

[logger_kinto]
level = WARNING
handlers = console
qualname = kinto
propagate = 0

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = plain

[formatter_plain]
format = %%(asctime)s %%(levelname)s %%(name)s %%(message)s
EOF
  )
}

answers() { # answers URL: whether Kinto's heartbeat says all is well
  "$VENV/bin/python" - "$1" <<'EOF' 2>/dev/null
import sys, urllib.request
try:
    with urllib.request.urlopen(sys.argv[1] + "/__heartbeat__", timeout=2) as r:
        sys.exit(0 if r.status == 200 else 1)
except Exception:
    sys.exit(1)
EOF
}

kinto_running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

start() {
  mkdir -p "$DIR"
  local t0=$SECONDS
  if kinto_running && [ -f "$URLFILE" ] && answers "$(cat "$URLFILE")"; then
    cat "$URLFILE"
    return 0
  fi
  install_kinto
  start_postgres
  write_ini
  # Schema migration and the admin account, once per Kinto version, database and admin password.
  local stamp
  stamp="$KINTO_VERSION $(pg_dir) $(echo "$ADMIN_PASSWORD" | cksum)"
  if [ "$(cat "$DIR/migrated" 2>/dev/null)" != "$stamp" ]; then
    "$VENV/bin/kinto" migrate --ini "$INI" </dev/null >"$DIR/migrate.log" 2>&1 ||
      die "kinto migrate failed, see $DIR/migrate.log"
    "$VENV/bin/kinto" create-user --ini "$INI" -u admin -p "$ADMIN_PASSWORD" </dev/null >>"$DIR/migrate.log" 2>&1 ||
      die "could not create the admin account, see $DIR/migrate.log"
    echo "$stamp" >"$DIR/migrated"
  fi
  local port=${SPANDREL_KINTO_PORT:-$(free_port)}
  local url=http://127.0.0.1:$port/v1
  nohup "$VENV/bin/kinto" start --ini "$INI" --port "$port" </dev/null >"$LOG" 2>&1 &
  echo $! >"$PIDFILE"
  for _ in $(seq 1 150); do
    if answers "$url"; then
      echo "$url" >"$URLFILE"
      say "Kinto $KINTO_VERSION answers at $url (admin account: admin; started in $((SECONDS - t0)) s)"
      echo "$url"
      return 0
    fi
    kinto_running || { tail -n 30 "$LOG" >&2; die "Kinto exited, see $LOG"; }
    sleep 0.2
  done
  tail -n 30 "$LOG" >&2
  die "Kinto did not answer at $url within 30 s, see $LOG"
}

stop_pid() { # stop_pid PID NAME: TERM, wait up to 20 s, then KILL
  local pid=$1 name=$2
  kill -0 "$pid" 2>/dev/null || return 0
  kill -TERM "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || return 0; sleep 0.2; done
  say "$name (pid $pid) did not stop; killing it"
  kill -KILL "$pid" 2>/dev/null || true
}

stop() {
  if [ -f "$PIDFILE" ]; then
    stop_pid "$(cat "$PIDFILE")" Kinto
    rm -f "$PIDFILE" "$URLFILE"
  fi
  local data
  data=$(pg_dir)/data
  if [ -f "$data/postmaster.pid" ]; then
    # Fast shutdown (SIGINT) of the postmaster whose PID pg_ctl recorded.
    local pid
    pid=$(head -n 1 "$data/postmaster.pid")
    if kill -0 "$pid" 2>/dev/null; then
      kill -INT "$pid"
      for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
      kill -0 "$pid" 2>/dev/null && die "PostgreSQL (pid $pid) did not stop"
    fi
  fi
  say "stopped"
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  status) [ -f "$URLFILE" ] && answers "$(cat "$URLFILE")" && cat "$URLFILE" ;;
  url) [ -f "$URLFILE" ] && cat "$URLFILE" ;;
  *) echo "usage: $0 start|stop|status|url" >&2; exit 2 ;;
esac
