#!/usr/bin/env bash
# The open-data export in constant memory (docs/opendata.md): generates N workplaces, imports them on top of the
# sample with the packaged jar, starts the service with a small heap and streams workplaces.ndjson and .csv,
# sampling the service's heap every 250 ms (jstat). Prints rows, bytes, seconds, rows/s and the peak heap.
#
#   ./mvnw -B -q package -DskipTests -Dimage.skip=true      # the jar, with the sample's workplaces
#   bash src/benchmark/opendata-export.sh 100000 256m       # workplaces to add, the service's heap
#
# Work folder target/opendata-bench (engine data, generated files, logs); ports 18190 (service) and 18191 (engine).
set -euo pipefail
COUNT=${1:-100000}
HEAP=${2:-256m}
PORT=${OPENDATA_BENCH_PORT:-18190}
WORK=target/opendata-bench
JAVA="${JAVA_HOME:-/usr/lib/jvm/java-17-openjdk-amd64}/bin/java"
mkdir -p "$WORK"
# a copy, so that a build during the run does not replace the jar under the service
JAR="$WORK/service.jar"
cp "$(ls target/duaal-atlas-*.jar | grep -v original | head -1)" "$JAR"
# engine requests may take longer than a GraphQL request's 3 s on a busy machine
ENGINE=(--atlas.engine.work-dir="$PWD/$WORK/engine" --atlas.engine.port=$((PORT + 1)) --atlas.engine.heap=1g
	--atlas.limits.request-timeout=60s
	--atlas.engine.start-timeout=600s)

"$JAVA" -Xms$HEAP -Xmx$HEAP -XX:+ExitOnOutOfMemoryError -jar "$JAR" "${ENGINE[@]}" --server.port=$PORT \
	--atlas.rate-limit.open-data.burst=1000 > "$WORK/service.log" 2>&1 &
SERVICE=$!
trap 'kill $SERVICE 2>/dev/null; wait $SERVICE 2>/dev/null || true' EXIT
for _ in $(seq 900); do
	grep -q "Sample catalogue:" "$WORK/service.log" && break
	kill -0 $SERVICE || { echo "the service died: $WORK/service.log"; exit 1; }
	sleep 1
done
if [ ! -f "$WORK/imported-$COUNT" ]; then
	[ -f "$WORK/generated-$COUNT/recognitions.csv" ] ||
		./mvnw -B -q test-compile exec:java -Dexec.args="--workplaces=$COUNT --seed=42 --out=$WORK/generated-$COUNT"
	started=$(date +%s)
	"$JAVA" -Xmx512m -jar "$JAR" "${ENGINE[@]}" --spring.profiles.active=import --spring.main.web-application-type=none \
		import workplaces "recognition-register=$WORK/generated-$COUNT/recognitions.csv" \
		"workplace-availability=$WORK/generated-$COUNT/availability.csv" > "$WORK/import-$COUNT.log" 2>&1
	grep -o "workplaces SUCCEEDED: read [0-9]*, imported [0-9]*, rejected [0-9]* in [0-9]* ms" "$WORK/import-$COUNT.log"
	echo "import: $(( $(date +%s) - started )) s"
	touch "$WORK/imported-$COUNT"
fi

# the service sees the import's generation within seconds
for _ in $(seq 120); do
	live=$(curl -s -H 'Content-Type: application/json' -d '{"query":"{ catalogueStatus { kinds { kind records } } }"}' \
		"http://127.0.0.1:$PORT/graphql" | jq '.data.catalogueStatus.kinds[] | select(.kind == "workplaces") | .records')
	[ "${live:-0}" -ge "$COUNT" ] && break
	sleep 1
done
echo "live workplaces: $live"
for format in ndjson csv; do
	jstat -gc $SERVICE 250 > "$WORK/jstat-$format.txt" &
	JSTAT=$!
	result=$(curl -s -o "$WORK/workplaces.$format" -w '%{http_code} %{size_download} %{time_total}' \
		"http://127.0.0.1:$PORT/open-data/workplaces.$format")
	kill $JSTAT
	read -r code bytes seconds <<< "$result"
	rows=$(wc -l < "$WORK/workplaces.$format")
	[ "$format" = csv ] && rows=$((rows - 1))
	# used heap = survivor, eden and old spaces in use (KB); the old space alone is what outlived collections
	peak=$(awk 'NR > 1 && $3 ~ /^[0-9.]+$/ { used = $3 + $4 + $6 + $8; if (used > max) max = used; if ($8 > old) old = $8 }
		END { printf "%.0f MB (old generation %.0f MB)", max / 1024, old / 1024 }' "$WORK/jstat-$format.txt")
	echo "workplaces.$format: HTTP $code, $rows rows, $((bytes / 1024 / 1024)) MB in ${seconds} s," \
		"$(awk -v r="$rows" -v s="$seconds" 'BEGIN { printf "%.0f", r / s }') rows/s; service heap $HEAP, peak used $peak"
	rm -f "$WORK/workplaces.$format"
done
kill -0 $SERVICE && echo "service alive after both exports (no OutOfMemoryError)"
