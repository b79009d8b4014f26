#!/usr/bin/env bash
# ctest fixture for tests that need a display: `xvfb.sh start STATEFILE` starts a private Xvfb on the
# first free display and writes "DISPLAY PID" to STATEFILE; `xvfb.sh stop STATEFILE` stops it;
# `xvfb.sh run STATEFILE CMD…` runs CMD with that DISPLAY.
set -euo pipefail
verb="$1"; state="$2"; shift 2
case "$verb" in
  start)
    n=101
    while [ -e "/tmp/.X$n-lock" ] || [ -e "/tmp/.X11-unix/X$n" ]; do n=$((n + 1)); done
    Xvfb ":$n" -screen 0 1920x1080x24 -nolisten tcp -noreset >/dev/null 2>&1 &
    pid=$!
    for _ in $(seq 100); do
      [ -e "/tmp/.X11-unix/X$n" ] && break
      kill -0 "$pid" 2>/dev/null || { echo "Xvfb failed to start on :$n" >&2; exit 1; }
      sleep 0.1
    done
    echo ":$n $pid" > "$state"
    echo "Xvfb running on :$n (pid $pid)"
    ;;
  stop)
    if [ -f "$state" ]; then
      read -r _ pid < "$state"
      kill "$pid" 2>/dev/null || true
      rm -f "$state"
    fi
    ;;
  run)
    [ -f "$state" ] || { echo "no Xvfb state in $state: the xvfb fixture did not start" >&2; exit 1; }
    read -r display _ < "$state"
    export DISPLAY="$display" QT_QPA_PLATFORM=xcb
    # Software GL in Xvfb; WebEngine's GPU process would only warn.
    export LIBGL_ALWAYS_SOFTWARE=1 QTWEBENGINE_CHROMIUM_FLAGS="${QTWEBENGINE_CHROMIUM_FLAGS:-} --disable-gpu"
    exec "$@"
    ;;
  *) echo "usage: xvfb.sh start|stop|run STATEFILE [CMD…]" >&2; exit 2 ;;
esac
