#!/usr/bin/env bash
# Starts the services the driver tests need when they are down (PostgreSQL 127.0.0.1:5432, Redis
# 127.0.0.1:6379) and waits until each answers. Sourced by .ci/run, which then requires them.
set -euo pipefail

postgres_up() {
  if command -v pg_isready >/dev/null 2>&1; then pg_isready -q -h 127.0.0.1 -p 5432; else (exec 3<>/dev/tcp/127.0.0.1/5432) 2>/dev/null; fi
}
redis_up() {
  if command -v redis-cli >/dev/null 2>&1; then [ "$(redis-cli -h 127.0.0.1 -p 6379 ping 2>/dev/null)" = "PONG" ]; else (exec 3<>/dev/tcp/127.0.0.1/6379) 2>/dev/null; fi
}
wait_for() {
  local name=$1 check=$2
  for _ in $(seq 1 60); do
    if "$check"; then echo "services: $name answers"; return 0; fi
    sleep 1
  done
  echo "services: $name did not answer within 60 s" >&2
  return 1
}

if ! postgres_up; then
  echo "services: starting PostgreSQL"
  pg_ctlcluster --skip-systemctl-redirect "$(ls /etc/postgresql | head -n 1)" main start
fi
if ! redis_up; then
  echo "services: starting Redis"
  mkdir -p /var/lib/redis /var/log/redis
  redis-server --daemonize yes --bind 127.0.0.1 -::1 --port 6379 --save "" --appendonly no --dir /var/lib/redis --logfile /var/log/redis/ci.log
fi
wait_for PostgreSQL postgres_up
wait_for Redis redis_up
