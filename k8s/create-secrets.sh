#!/usr/bin/env bash
# Creates, in the cluster only, the Secrets and ConfigMaps the manifests reference but the repository
# never holds: token keys (decision 011), database and broker credentials, the dashboard's OTLP key.
# Creates only what is missing, so running it again never rotates a password in use.
#   k8s/create-secrets.sh dev|prod [namespace]      (kubectl pointed at the cluster; openssl)
# prod: run once before `kubectl apply -k`, and again after it: the broker's credentials come from the
# Secret the RabbitMQ Cluster Operator creates (huishang-rabbitmq-default-user).
# Not created here: the Ingress certificate huishang-gateway-tls (cert-manager or
# `kubectl create secret tls`), and in prod huishang-backup-s3 (the site's object storage keys).
set -euo pipefail
overlay=${1:?usage: k8s/create-secrets.sh dev|prod [namespace]}
ns=${2:-huishang}
here=$(cd "$(dirname "$0")" && pwd)
services=(proposals agreements funding evaluation notifications)

k() { kubectl -n "$ns" "$@"; }
exists() { k get "$1" "$2" >/dev/null 2>&1; }
random() { openssl rand -hex 24; }
generic() { local name=$1; shift; exists secret "$name" || k create secret generic "$name" "$@"; }

kubectl get namespace "$ns" >/dev/null 2>&1 || kubectl create namespace "$ns"

# Token keys: every host trusts the public set (a ConfigMap: public); only the gateway signs.
if ! exists secret huishang-token-signing; then
  eval "$("$here/../scripts/new-token-key.sh")"
  k create secret generic huishang-token-signing --from-literal=signing-key="$Auth__SigningKey"
  exists configmap huishang-token-public-keys || k create configmap huishang-token-public-keys --from-literal=public-keys="$Auth__PublicKeys"
fi

# One role and database per service: the password for the role (CloudNativePG's managed role reads
# username/password; dev's init script reads password) and the service's connection string.
for service in "${services[@]}"; do
  if ! exists secret "$service-database"; then
    password=$(random)
    k create secret generic "$service-database" --type=kubernetes.io/basic-auth \
      --from-literal=username="$service" --from-literal=password="$password" \
      --from-literal=connection-string="Host=huishang-postgres-rw;Database=$service;Username=$service;Password=$password"
  fi
done

generic huishang-dashboard-otlp --from-literal=api-key="$(random)"

if [[ $overlay == dev ]]; then
  generic huishang-postgres-superuser --from-literal=password="$(random)"
  generic huishang-rabbitmq-default-user --from-literal=username=huishang --from-literal=password="$(random)"
fi

# The services' broker address, from the broker's user (dev: above; prod: the operator's Secret).
if ! exists secret huishang-messaging; then
  if user=$(k get secret huishang-rabbitmq-default-user -o jsonpath='{.data.username}' 2>/dev/null) && [[ -n $user ]]; then
    password=$(k get secret huishang-rabbitmq-default-user -o jsonpath='{.data.password}')
    k create secret generic huishang-messaging \
      --from-literal=connection-string="amqp://$(base64 -d <<<"$user"):$(base64 -d <<<"$password")@huishang-rabbitmq:5672/"
  else
    echo "huishang-messaging not created yet: run this again once the RabbitmqCluster is up (after kubectl apply -k)." >&2
  fi
fi
