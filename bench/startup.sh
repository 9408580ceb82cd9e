#!/usr/bin/env bash
# Start-up to healthy, for docs/performance.md: runs <command> in <directory> with --server.port=$PORT (18080),
# polls GET /actuator/health every 20 ms until it answers UP, prints the time, the process's RSS and CPU time
# (user + system, all threads) at that moment and the 1-minute load average, then stops it.
# e.g. bench/startup.sh /tmp/h2 java -jar "$PWD/target/showroom-assistant.jar"
#      bench/startup.sh /tmp/h2 "$PWD/bin/showroom" --spring.datasource.url=jdbc:postgresql://...
set -u
dir=$1
shift
port=${PORT:-18080}
cd "$dir"
t0=$(date +%s%N)
"$@" --server.port="$port" >startup-app.log 2>&1 &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
    curl -sf -m 1 "localhost:$port/actuator/health" 2>/dev/null | grep -q UP && break
    sleep 0.02
done
t1=$(date +%s%N)
rss=$(awk '/VmRSS/ {print int($2 / 1024)}' "/proc/$pid/status")
cpu=$(awk -v hz="$(getconf CLK_TCK)" '{print int(($14 + $15) * 1000 / hz)}' "/proc/$pid/stat")
echo "healthy_ms=$(((t1 - t0) / 1000000)) rss_mb=$rss cpu_ms=$cpu load1=$(cut -d' ' -f1 /proc/loadavg)"
kill "$pid"
wait "$pid" 2>/dev/null
