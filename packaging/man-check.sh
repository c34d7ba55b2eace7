#!/usr/bin/env bash
# Checks the hand-written man page against the binary's own help, so a new subcommand,
# option or version does not go undocumented:
#   - the COMMANDS section lists exactly the subcommands in `--help`;
#   - every option (and every listed value) in `help SUBCOMMAND` appears in the page;
#   - the .TH line names the version `--version` prints.
#   packaging/man-check.sh BINARY MANPAGE
set -euo pipefail
binary=${1:?usage: man-check.sh BINARY MANPAGE} page=${2:?usage: man-check.sh BINARY MANPAGE}
failures=0
fail() { echo "man-check: $*" >&2; failures=$((failures + 1)); }

# Subcommands: the first word of each entry under SUBCOMMANDS: in --help.
help_commands=$("$binary" --help | awk '
  /^SUBCOMMANDS:/ { on = 1; next }
  on && /^$/ { exit }
  on && /^  [a-z]/ { print $1 }' | sort)
# The page: the first word after each .TP in the COMMANDS section (help itself excluded).
page_commands=$(awk '
  /^\.SH / { on = ($2 == "COMMANDS"); next }
  on && /^\.TP/ { tag = 1; next }
  on && tag { tag = 0; sub(/^\.[A-Z]+ +/, ""); gsub(/"/, ""); print $1 }' "$page" |
  grep -vx help | sort)
if [ "$help_commands" != "$page_commands" ]; then
  fail "COMMANDS differs from --help (< --help, > $page):"
  diff <(echo "$help_commands") <(echo "$page_commands") | grep '^[<>]' >&2 || true
fi
[ -n "$help_commands" ] || fail "found no subcommands in --help"

# Options and their values, from the help of the tool and of every subcommand.
roff_text=$(sed 's/\\-/-/g; s/\\(en/-/g' "$page")
for command in "" $help_commands; do
  # shellcheck disable=SC2086
  help=$("$binary" help $command)
  for option in $(printf '%s\n' "$help" | grep -oE '(^|[ ,])--?[a-z][a-z-]*' | tr -d ' ,' | sort -u); do
    grep -qE -- "(^|[^a-z-])$option([^a-z-]|$)" <<<"$roff_text" ||
      fail "option $option (devrel-guide ${command:+help $command}${command:---help}) is not in $page"
  done
  for value in $(printf '%s\n' "$help" | tr '\n' ' ' | grep -oE '\(values: [^;)]*' |
    sed 's/(values: //; s/,//g'); do
    grep -qw -- "$value" <<<"$roff_text" ||
      fail "value '$value' (devrel-guide ${command:+help $command}${command:---help}) is not in $page"
  done
done

version=$("$binary" --version)
grep -q "^\.TH .*\"devrel-guide $version\"" "$page" ||
  fail "the .TH line does not say \"devrel-guide $version\" (--version)"

if [ "$failures" -gt 0 ]; then
  echo "man-check: $failures problem(s)" >&2
  exit 1
fi
echo "man-check: $page matches $binary ($(echo $help_commands | wc -w) commands, version $version)"
