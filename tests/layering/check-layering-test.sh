#!/usr/bin/env bash
# scripts/check-layering passes on this tree, and fails, naming the file and the rule, on a
# copy of it with one deliberate violation of each rule.
set -uo pipefail
repo=$(cd "$(dirname "$0")/../.." && pwd)
check="$repo/scripts/check-layering"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
failures=0

copy_tree() {
  rm -rf "$work/tree" && mkdir -p "$work/tree"
  (cd "$repo" && git ls-files -- app ui tests | grep -E '\.(h|cpp)$' | while read -r f; do
     [ -e "$f" ] && mkdir -p "$work/tree/$(dirname "$f")" && cp "$f" "$work/tree/$f"; done)
}

expect_pass() {
  if ! out=$("$check" "$work/tree" 2>&1); then
    echo "FAIL: the unchanged tree should pass:"; echo "$out"; failures=$((failures + 1))
  else
    echo "ok: the unchanged tree passes"
  fi
}

# expect_violation NAME FILE RULE-TEXT: run the check after the caller changed FILE.
expect_violation() {
  local name=$1 file=$2 rule=$3
  if out=$("$check" "$work/tree" 2>&1); then
    echo "FAIL: $name: check-layering passed"; failures=$((failures + 1)); return
  fi
  if ! grep -q "^$file: $rule" <<<"$out"; then
    echo "FAIL: $name: no line '$file: $rule' in:"; echo "$out"; failures=$((failures + 1)); return
  fi
  echo "ok: $name -> $(grep "^$file: $rule" <<<"$out" | head -n 1)"
}

add_include() { sed -i "1i #include $2" "$work/tree/$1"; }

copy_tree
expect_pass

copy_tree; echo 'int stray;' > "$work/tree/app/stray.cpp"
expect_violation "a file in the root of app/" app/stray.cpp "rule 1"

copy_tree; add_include app/pause/pausecontroller.cpp '"pausecontroller.h"'
expect_violation "an include without its path" app/pause/pausecontroller.cpp "rule 2"

copy_tree; add_include app/pause/pausecontroller.cpp '"ui/widgets/errorbanner.h"'
expect_violation "the core includes ui/" app/pause/pausecontroller.cpp "rule 3"

copy_tree; add_include app/deployments/deploymenttablemodel.cpp '<QColor>'
expect_violation "the core includes QtGui" app/deployments/deploymenttablemodel.cpp "rule 3"

copy_tree; add_include app/api/leptonclient.cpp '<QtWidgets/QWidget>'
expect_violation "the core includes QtWidgets" app/api/leptonclient.cpp "rule 3"

copy_tree; add_include app/cli/clirunner.cpp '"app/simulator/workspacesimulator.h"'
expect_violation "the CLI includes the simulator" app/cli/clirunner.cpp "rule 4"

copy_tree; add_include app/api/leptonclient.cpp '<QHttpServer>'
expect_violation "the core includes Qt HttpServer" app/api/leptonclient.cpp "rule 4"

copy_tree; add_include ui/notes/notespanel.cpp '"app/storage/sqlite/localdatabase.h"'
expect_violation "a widget includes a storage backend" ui/notes/notespanel.cpp "rule 5"

copy_tree; add_include app/api/leptonclient.cpp '"app/pause/pauseoutcome.h"'
expect_violation "the API layer includes pause/" app/api/leptonclient.cpp "rule 6"

copy_tree; add_include app/simulator/workspacesimulator.cpp '"app/api/deployment.h"'
expect_violation "the simulator shares the client's parsing" app/simulator/workspacesimulator.cpp "rule 6"

copy_tree; add_include ui/widgets/errorbanner.cpp '"ui/mainwindow/mainwindow.h"'
expect_violation "a reusable widget includes the main window" ui/widgets/errorbanner.cpp "rule 7"

if [ "$failures" -gt 0 ]; then
  echo "check-layering-test: $failures case(s) failed"; exit 1
fi
echo "check-layering-test: every rule caught its violation"
