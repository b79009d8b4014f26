#!/usr/bin/env bash
# Runs every benchmark of ServiceDojo and prints one table (figure / measured / target / result).
#   tests/bench/run-all.sh BUILD_DIR [--runs N] [--seed N] [--quick] [--regenerate]
# (`scripts/dojo bench` calls it with the preset's build folder.)
#   --runs N       start-up runs per program (median; default 7) and cold loads (default 5)
#   --quick        short benchmark times, 3 start-up runs: to see that everything works, not for figures
#   --regenerate   write the large course and history again even when the cached ones are current
# What it does: configures BUILD_DIR if needed and builds only the benchmark targets and the app;
# generates the large course (1,000 lessons, 10,000 questions, 500 scenarios, zh-CN + en) and history
# (5,000 trainees, 2,000,000 answers, 200,000 scenario turns) into BUILD_DIR/bench-data unless they are
# there already for this seed, generator and schema (about 2 minutes and 1.5 GB); runs the benchmarks
# (about 5 minutes); writes the JSON results to BUILD_DIR/bench-results/<UTC time>/ and prints the table
# and the machine. The start-up and memory figures need Xvfb (xvfb-run); without it they are skipped.
set -euo pipefail

src="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
build="${1:?usage: tests/bench/run-all.sh BUILD_DIR [--runs N] [--seed N] [--quick] [--regenerate]}"
shift
runs=7 cold_runs=5 seed=7 quick=0 regenerate=0
while [ $# -gt 0 ]; do
  case "$1" in
    --runs) runs="$2"; cold_runs="$2"; shift 2 ;;
    --seed) seed="$2"; shift 2 ;;
    --quick) quick=1; runs=3; cold_runs=3; shift ;;
    --regenerate) regenerate=1; shift ;;
    *) echo "run-all.sh: unknown option $1" >&2; exit 2 ;;
  esac
done
build="$(mkdir -p "$build" && cd "$build" && pwd)"
log() { printf '\033[1mbench:\033[0m %s\n' "$*" >&2; }

# --- build --------------------------------------------------------------------------------------
if [ ! -f "$build/CMakeCache.txt" ]; then
  log "configuring $build (RelWithDebInfo)"
  cmake -S "$src" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DDOJO_BUILD_BENCH=ON >/dev/null
fi
targets=(dojo_datagen dojo_bench_content dojo_bench_search dojo_bench_records dojo_bare_window dojo_benchrun servicedojo)
log "building ${targets[*]}"
nice cmake --build "$build" --target "${targets[@]}" -j "$(nproc)" >/dev/null
bin="$build/tests/bench"
app="$build/app/servicedojo"

# --- data ---------------------------------------------------------------------------------------
data="$build/bench-data"
stamp="seed=$seed generator=$(cat "$src"/tests/bench/datagen/* | sha256sum | cut -c1-16) schema=$(cat "$src"/app/core/storage/migrations/sqlite/*.sql | sha256sum | cut -c1-16)"
if [ "$regenerate" = 1 ] || [ ! -f "$data/stamp" ] || [ "$(cat "$data/stamp")" != "$stamp" ]; then
  log "generating the large course and history into $data (seed $seed)"
  rm -rf "$data"
  mkdir -p "$data"
  nice "$bin/dojo_datagen" --seed "$seed" --course "$data/course" --history "$data/history.sqlite" >&2
  echo "$stamp" >"$data/stamp"
fi

results="$build/bench-results/$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$results"
min_time=()
if [ "$quick" = 1 ]; then min_time=(--benchmark_min_time=0.2); fi
load_before="$(cut -d' ' -f1-3 /proc/loadavg)"

# --- content: cold and warm load, rendering -----------------------------------------------------
# The parsed-course cache lives in $data/content-cache: the first load (no cache file) parses every file
# and writes it; each cold load is a fresh process with the course files and the cache file dropped from
# the page cache.
content_cache="$data/content-cache"
log "content: first load without a cache file (every file parsed, cache written)"
first="$("$bin/dojo_bench_content" --course "$data/course" --cache "$content_cache" --first | sed -n 's/.*"first_load_ms": \([0-9.]*\).*/\1/p')"
log "content: $cold_runs cold loads (fresh process, course files and cache file dropped from the page cache)"
samples=()
for _ in $(seq "$cold_runs"); do
  samples+=("$("$bin/dojo_bench_content" --course "$data/course" --cache "$content_cache" --cold | sed -n 's/.*"cold_load_ms": \([0-9.]*\).*/\1/p')")
done
median="$(printf '%s\n' "${samples[@]}" | sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}')"
printf '{"cold_load_ms": %s, "runs": %d, "samples": [%s], "first_load_ms": %s}\n' "$median" "$cold_runs" "$(IFS=,; echo "${samples[*]}")" "${first:-null}" >"$results/cold.json"

log "content: warm load, rendering, pathological Markdown"
"$bin/dojo_bench_content" --course "$data/course" --cache "$content_cache" "${min_time[@]}" \
  --benchmark_out="$results/content.json" --benchmark_out_format=json >&2

# --- search -------------------------------------------------------------------------------------
log "search"
"$bin/dojo_bench_search" --course "$data/course" "${min_time[@]}" \
  --benchmark_out="$results/search.json" --benchmark_out_format=json >&2

# --- records ------------------------------------------------------------------------------------
log "records: answer commits, trainee home, per-trainee history"
"$bin/dojo_bench_records" --history "$data/history.sqlite" --course "$data/course" \
  --benchmark_out="$results/records.json" --benchmark_out_format=json >&2

# --- start-up and memory (one X server for both programs) ---------------------------------------
if command -v xvfb-run >/dev/null; then
  export QTWEBENGINE_DISABLE_SANDBOX=1 QT_QUICK_BACKEND="${QT_QUICK_BACKEND:-}"
  xvfb=(xvfb-run -a -s "-screen 0 1280x720x24")
  log "start-up: app and bare window, $runs runs each (bundled course, new database)"
  "${xvfb[@]}" "$bin/dojo_benchrun" startup --app "$app" --bare "$bin/dojo_bare_window" --runs "$runs" \
    --out "$results/startup.json" -- --content "$src/content" --db "$results/startup.sqlite" --language zh_CN
  log "start-up: large course and history"
  cp "$data/history.sqlite" "$results/large.sqlite"
  "${xvfb[@]}" "$bin/dojo_benchrun" startup --app "$app" --bare "$bin/dojo_bare_window" --runs "$runs" \
    --out "$results/startup-large.json" -- --content "$data/course" --db "$results/large.sqlite" --language zh_CN
  rm -f "$results/large.sqlite"*
  log "memory: app with a lesson open (bundled course)"
  "${xvfb[@]}" "$bin/dojo_benchrun" memory --app "$app" --settle-ms "${DOJO_BENCH_SETTLE_MS:-15000}" \
    --out "$results/memory.json" -- --content "$src/content" --db "$results/memory.sqlite" --language zh_CN --lesson empathy
else
  log "xvfb-run not found: start-up and memory skipped"
fi

# --- the table and the machine ------------------------------------------------------------------
echo
"$bin/dojo_benchrun" table --results "$results"
echo
cpu="$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)"
mem="$(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo)"
disk="$(df -h "$data" | awk 'NR==2 {print $1", "$2" ("$5" used)"}')"
rotational="$(lsblk -dno ROTA "$(df "$data" | awk 'NR==2 {print $1}')" 2>/dev/null | head -1 || true)"
os="$(. /etc/os-release && echo "$PRETTY_NAME")"
echo "machine: $cpu, $(nproc) cores, $mem RAM; disk $disk${rotational:+, rotational=$rotational}; $os; $(g++ --version | head -1)"
echo "load average before / after: $load_before / $(cut -d' ' -f1-3 /proc/loadavg)"
echo "results: $results"
