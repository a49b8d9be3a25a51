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

copy_tree
expect_pass

copy_tree; echo 'int stray;' > "$work/tree/app/stray.cpp"
expect_violation "a file in the root of app/" app/stray.cpp "rule 1"

# One deliberate include per row: what it shows | the file | the include | the rule it breaks.
while IFS='|' read -r name file include rule; do
  copy_tree
  sed -i "1i #include $include" "$work/tree/$file"
  expect_violation "$name" "$file" "$rule"
done <<'CASES'
an include without its path|app/pause/pausecontroller.cpp|"pausecontroller.h"|rule 2
the core includes ui/|app/pause/pausecontroller.cpp|"ui/widgets/errorbanner.h"|rule 3
the core includes QtGui|app/deployments/deploymenttablemodel.cpp|<QColor>|rule 3
the core includes QtWidgets|app/api/leptonclient.cpp|<QtWidgets/QWidget>|rule 3
the CLI includes the simulator|app/cli/clirunner.cpp|"app/simulator/workspacesimulator.h"|rule 4
the core includes Qt HttpServer|app/api/leptonclient.cpp|<QHttpServer>|rule 4
a widget includes a storage backend|ui/pause/pausedialog.cpp|"app/storage/sqlite/localdatabase.h"|rule 5
a core workflow includes the SQLite backend|app/pause/pausecontroller.cpp|"app/storage/sqlite/sqlitestorage.h"|rule 5
the CLI's commands include the SQLite backend|app/cli/commands/notescommand.cpp|"app/storage/sqlite/ledgertable.h"|rule 5
the API layer includes pause/|app/api/leptonclient.cpp|"app/pause/pauseoutcome.h"|rule 6
the simulator shares the client's parsing|app/simulator/workspacesimulator.cpp|"app/api/deployment.h"|rule 6
a reusable widget includes the main window|ui/widgets/errorbanner.cpp|"ui/mainwindow/mainwindow.h"|rule 7
CASES

if [ "$failures" -gt 0 ]; then
  echo "check-layering-test: $failures case(s) failed"; exit 1
fi
echo "check-layering-test: every rule caught its violation"
