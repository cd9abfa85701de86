#!/usr/bin/env bash
# Installs the Debian packages whose binaries HuiShang.LocalInfrastructure starts as private child
# processes (RabbitMQ for messaging, PostgreSQL for integration tests). Idempotent: safe to run on
# every CI run. The servers we use are started by the library with their own ports and data
# directories, so any system service the packages brought up is stopped again here.
set -euo pipefail

export DEBIAN_FRONTEND=noninteractive
# Usage: install-infrastructure.sh [package ...]   (default: both; the AppHost asks only for what it starts)
if (($# > 0)); then packages=("$@"); else packages=(rabbitmq-server postgresql); fi

installed() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q '^install ok installed$'
}

missing=()
for package in "${packages[@]}"; do
  installed "$package" || missing+=("$package")
done

# Nothing to install: done, for any user (the AppHost runs this on every start).
if ((${#missing[@]} == 0)); then
  echo "Already installed: ${packages[*]}"
  exit 0
fi

if [[ $(id -u) -ne 0 ]]; then
  echo "install-infrastructure.sh: ${missing[*]} missing; installing needs root (apt-get)" >&2
  exit 1
fi

# The package's own servers, told apart from our private ones: its PostgreSQL clusters are the
# ones pg_lsclusters manages (ours live in temp dirs it does not know); its RabbitMQ node runs as
# the rabbitmq user (ours run as whoever started them). Recorded before apt-get, so only a
# service the package started now is stopped.
package_postgres_online() {
  command -v pg_lsclusters >/dev/null && pg_lsclusters --no-header 2>/dev/null | grep -qw online
}
package_rabbit_running() {
  id -u rabbitmq >/dev/null 2>&1 && pgrep -u rabbitmq beam.smp >/dev/null
}
postgres_was_running=false
rabbit_was_running=false
package_postgres_online && postgres_was_running=true
package_rabbit_running && rabbit_was_running=true

echo "Installing: ${missing[*]}"
# apt-get update only when needed: the lists do not know a package (fresh machine), or they
# are stale and name versions the mirror no longer has (the first install then fails).
updated=false
for package in "${missing[@]}"; do
  if ! apt-cache show "$package" >/dev/null 2>&1; then
    apt-get -o DPkg::Lock::Timeout=300 update -q
    updated=true
    break
  fi
done
if ! apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}"; then
  $updated && exit 1
  apt-get -o DPkg::Lock::Timeout=300 update -q
  apt-get -o DPkg::Lock::Timeout=300 install -y -q --no-install-recommends "${missing[@]}"
fi

# Without systemd the maintainer scripts usually start nothing; where they did (an init system,
# or policy-rc.d allowing it), the package's own cluster/node would hold 5432/5672 and a shared
# epmd. Those belong to the package, not to us, so stopping them is safe.
if ! $postgres_was_running && package_postgres_online; then
  echo "Stopping the postgresql service started by the package"
  service postgresql stop || true
fi
if ! $rabbit_was_running && package_rabbit_running; then
  echo "Stopping the rabbitmq-server service started by the package"
  service rabbitmq-server stop || true
fi

for package in "${packages[@]}"; do
  case "$package" in
    rabbitmq-server) test -x /usr/lib/rabbitmq/bin/rabbitmq-server && echo "RabbitMQ binaries: /usr/lib/rabbitmq/bin" ;;
    postgresql) echo "PostgreSQL binaries: $(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)" ;;
  esac
done
