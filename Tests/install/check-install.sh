#!/usr/bin/env bash
# Installs devrel-guide the way a user would and runs what got installed, away from the
# build tree:
#   1. `make install DESTDIR=$tmp/root PREFIX=/usr`: the files land where they should, the
#      binary is stripped, links no Swift runtime library and carries no resource bundle;
#   2. from an empty folder, with a clean environment: --version, topics, and the full-screen
#      guide in tmux at 80x24 (wait for the home screen, press q, exit status 0);
#   3. `man -l` renders the installed page; the completions load in bash (zsh/fish when present);
#   4. `make uninstall` with the same DESTDIR leaves no file behind.
# Options (both need root and change the machine only with --apt):
#   --deb   also `make deb` and check the package: fields, Depends, contents, and its binary
#   --apt   also (implies --deb) `apt-get install ./devrel-guide_*.deb`, run it, `apt-get remove`
# Needs: make, tmux, man-db (man) and groff-base (groff). Prints `install: N passed, M failed`.
set -uo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
want_deb=0 want_apt=0
for arg in "$@"; do
  case "$arg" in
    --deb) want_deb=1 ;;
    --apt) want_deb=1 want_apt=1 ;;
    -h | --help) sed -n '2,14p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "check-install: unknown option $arg" >&2; exit 64 ;;
  esac
done

passed=0 failed=0
pass() { passed=$((passed + 1)); echo "ok   $*"; }
fail() { failed=$((failed + 1)); echo "FAIL $*"; }
# check NAME COMMAND...: runs the command quietly; on failure shows what it printed.
check() {
  local name=$1 output
  shift
  if output=$("$@" 2>&1); then pass "$name"; else fail "$name"; printf '%s\n' "$output" | sed 's/^/     /' | tail -n 20; fi
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/devrel-guide-install.XXXXXX")
socket=devrel-guide-install-$$
cleanup() {
  tmux -L "$socket" kill-server 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT

destdir=$tmp/root
prefix=/usr
bin=$destdir$prefix/bin/devrel-guide
man_page=$destdir$prefix/share/man/man1/devrel-guide.1
expected_files="$prefix/bin/devrel-guide
$prefix/share/bash-completion/completions/devrel-guide
$prefix/share/devrel-guide/install-manifest
$prefix/share/fish/vendor_completions.d/devrel-guide.fish
$prefix/share/man/man1/devrel-guide.1
$prefix/share/zsh/site-functions/_devrel-guide"

# --- 1. make install ---------------------------------------------------------------------
echo "--- make install DESTDIR=$destdir PREFIX=$prefix (builds the release binary if needed)"
if make -C "$repo" --no-print-directory install DESTDIR="$destdir" PREFIX="$prefix" >"$tmp/make-install.log" 2>&1; then
  pass "make install"
else
  fail "make install"
  tail -n 30 "$tmp/make-install.log" | sed 's/^/     /'
  echo "install: $passed passed, $failed failed"
  exit 1
fi

installed_files() { (cd "$destdir" && find . \( -type f -o -type l \) | sed 's|^\.||' | sort); }
check "installs exactly the binary, man page, three completions and the manifest" \
  diff <(echo "$expected_files") <(installed_files)
check "binary is executable (0755)" test "$(stat -c %a "$bin")" = 755
check "man page and completions are 0644" \
  test -z "$(find "$destdir" -type f ! -path "$bin" ! -perm 0644)"
sections=$(objdump -h "$bin" 2>&1)
check "binary is stripped (no .symtab, no debug info)" \
  test -z "$(grep -E ' \.(symtab|debug_[a-z]+) ' <<<"$sections")"
needed=$(objdump -p "$bin" 2>&1 | awk '$1 == "NEEDED" { print $2 }')
check "binary is fully static (links no shared library)${needed:+: $(echo $needed)}" \
  test -z "$needed"
check "binary names no SwiftPM resource bundle (its content is compiled in)" \
  test -z "$(strings "$bin" | grep -E '\.resources\b')"
check "nothing but the binary in bin/ (no *.resources bundle beside it)" \
  test "$(ls -A "$(dirname "$bin")")" = devrel-guide

# --- 2. run it from an empty folder, with a clean environment ------------------------------
empty=$tmp/empty
home=$tmp/home
mkdir -p "$empty" "$home"
run() { (cd "$empty" && env -i PATH=/usr/bin:/bin HOME="$home" LANG=C.UTF-8 "$@"); }

version=$(run "$bin" --version 2>&1)
if [[ $version =~ ^[0-9]+\.[0-9]+\.[0-9]+ ]]; then pass "--version prints $version"; else fail "--version printed '$version'"; fi

topics=$(run "$bin" topics 2>&1)
if [[ $(head -n1 <<<"$topics") == what-is-devrel$'\t'* ]]; then
  pass "topics lists $(wc -l <<<"$topics") topics, what-is-devrel first"
else
  fail "topics: first line is '$(head -n1 <<<"$topics")'"
fi
check "show what-is-devrel prints the page" bash -c "cd '$empty' && '$bin' show what-is-devrel --width 80 | grep -q 'What is DevRel?'"

# Full screen in tmux: its own server, no user config; remain-on-exit keeps what a crash printed.
printf 'set -g remain-on-exit on\nset -g status off\n' >"$tmp/tmux.conf"
tmux_() { tmux -L "$socket" -f "$tmp/tmux.conf" "$@"; }
# wait_for SECONDS COMMAND...: polls every 0.1 s until the command succeeds or time is up.
wait_for() {
  local deadline=$((SECONDS + $1))
  shift
  until "$@"; do
    [ $SECONDS -lt $deadline ] || return 1
    sleep 0.1
  done
}
screen() { tmux_ capture-pane -p -t guide 2>/dev/null; }
shows() { screen | grep -qF -- "$1"; }
# tmux 3.3 sometimes marks the pane dead without ever filling #{pane_dead_status}, so a small
# shell records the status in a file (as Tests/EndToEndTests does) and keeps the pane open.
status_file=$tmp/guide.status
wrapper=(/bin/sh -c 'trap : INT TERM HUP QUIT; "$@"; echo $? >"$0.tmp"; mv "$0.tmp" "$0"; exec sleep 600' "$status_file")
exited() { [ -s "$status_file" ]; }

if tmux_ new-session -d -s guide -x 80 -y 24 -c "$empty" \
  env -i PATH=/usr/bin:/bin HOME="$home" TERM=xterm-256color LANG=C.UTF-8 "${wrapper[@]}" "$bin"; then
  if wait_for 20 shows "What is DevRel?"; then
    pass "full-screen guide shows the home screen at 80x24"
    check "home screen has the title and the footer" \
      bash -c "tmux -L '$socket' capture-pane -p -t guide | grep -q 'DevRel career guide' &&
        tmux -L '$socket' capture-pane -p -t guide | grep -q 'q quit'"
    tmux_ send-keys -t guide q
    if wait_for 10 exited; then
      status=$(cat "$status_file")
      if [ "$status" = 0 ]; then
        pass "q quits with status 0"
      else
        fail "q quit with status $status"
        tmux_ capture-pane -p -S -40 -t guide | grep -v '^$' | sed 's/^/     |/'
      fi
    else
      fail "the guide did not quit after q"
      screen | sed 's/^/     |/'
    fi
  else
    fail "the home screen did not appear within 20 s"
    screen | sed 's/^/     |/'
  fi
else
  fail "tmux could not start the guide"
fi
tmux_ kill-server 2>/dev/null
check "the empty folder is still empty (nothing written to the working folder)" \
  test -z "$(ls -A "$empty")"

# --- 3. man page and completions ------------------------------------------------------------
if command -v man >/dev/null && command -v groff >/dev/null; then
  check "man -l renders the installed page" \
    bash -c "MANWIDTH=80 man -l '$man_page' 2>/dev/null | grep -q devrel-guide"
  check "groff -ww: no warnings in the page" \
    bash -c "test -z \"\$(groff -man -Tutf8 -ww -z '$man_page' 2>&1)\""
else
  fail "man and groff are needed to check the page (apt-get install man-db groff-base)"
fi
check "bash completion loads and completes subcommands" bash -c "
  source '$destdir$prefix/share/bash-completion/completions/devrel-guide'
  complete -p devrel-guide >/dev/null"
if command -v zsh >/dev/null; then
  check "zsh completion parses" zsh -n "$destdir$prefix/share/zsh/site-functions/_devrel-guide"
fi
if command -v fish >/dev/null; then
  check "fish completion parses" fish -n "$destdir$prefix/share/fish/vendor_completions.d/devrel-guide.fish"
fi

# --- 4. make uninstall ------------------------------------------------------------------------
echo "--- make uninstall DESTDIR=$destdir PREFIX=$prefix"
check "make uninstall" make -C "$repo" --no-print-directory uninstall DESTDIR="$destdir" PREFIX="$prefix"
check "uninstall leaves no file behind" test -z "$(installed_files)"

# --- optional: the .deb --------------------------------------------------------------------------
if [ $want_deb = 1 ]; then
  echo "--- make deb"
  rm -f "$repo"/devrel-guide_*.deb
  if make -C "$repo" --no-print-directory deb >"$tmp/make-deb.log" 2>&1; then
    pass "make deb"
  else
    fail "make deb"
    tail -n 30 "$tmp/make-deb.log" | sed 's/^/     /'
  fi
  deb=$(ls "$repo"/devrel-guide_*.deb 2>/dev/null | head -n1)
  if [ -n "$deb" ]; then
    arch=$(dpkg --print-architecture)
    check "file name is devrel-guide_${version}_$arch.deb" test "$(basename "$deb")" = "devrel-guide_${version}_$arch.deb"
    field() { dpkg-deb --field "$deb" "$1"; }
    check "Package/Version/Architecture fields" \
      test "$(field Package) $(field Version) $(field Architecture)" = "devrel-guide $version $arch"
    depends=$(field Depends)
    check "no Depends: the binary is fully static${depends:+ (has: $depends)}" test -z "$depends"
    check "dpkg-deb --info reads the package" dpkg-deb --info "$deb"
    check "Maintainer is the project (no invented address)" \
      test "$(field Maintainer)" = "${MAINTAINER:-The devrel-guide project}"
    contents=$(dpkg-deb --contents "$deb")
    for path in ./usr/bin/devrel-guide ./usr/share/man/man1/devrel-guide.1.gz \
      ./usr/share/bash-completion/completions/devrel-guide \
      ./usr/share/zsh/vendor-completions/_devrel-guide \
      ./usr/share/fish/vendor_completions.d/devrel-guide.fish \
      ./usr/share/doc/devrel-guide/changelog.gz ./usr/share/doc/devrel-guide/copyright; do
      check "package contains $path" grep -qE " $path\$" <<<"$contents"
    done
    check "every file in the package belongs to root:root" \
      test -z "$(awk '$2 != "root/root"' <<<"$contents")"
    mkdir -p "$tmp/deb"
    dpkg-deb -x "$deb" "$tmp/deb"
    check "the packaged binary runs (--version)" test "$(run "$tmp/deb/usr/bin/devrel-guide" --version 2>&1)" = "$version"
    check "the packaged man page renders" \
      bash -c "MANWIDTH=80 man -l '$tmp/deb/usr/share/man/man1/devrel-guide.1.gz' 2>/dev/null | grep -q devrel-guide"

    if [ $want_apt = 1 ]; then
      echo "--- apt-get install $deb (changes this machine; apt-get remove at the end)"
      if dpkg -s devrel-guide >/dev/null 2>&1; then
        fail "devrel-guide is already installed as a package; not touching it"
      elif [ "$(id -u)" != 0 ]; then
        fail "--apt needs root"
      else
        export DEBIAN_FRONTEND=noninteractive
        check "apt-get install ./$(basename "$deb")" apt-get install -y "$deb"
        check "installed: /usr/bin/devrel-guide --version" test "$(run /usr/bin/devrel-guide --version 2>&1)" = "$version"
        check "installed: topics" bash -c "cd '$empty' && /usr/bin/devrel-guide topics | head -n1 | grep -q '^what-is-devrel'"
        # Slim images (Docker's Debian) tell dpkg to leave out /usr/share/man.
        if grep -qs 'path-exclude.*/usr/share/man' /etc/dpkg/dpkg.cfg.d/*; then
          echo "skip installed: man devrel-guide (dpkg excludes /usr/share/man here)"
        else
          check "installed: man devrel-guide finds the page" man -w devrel-guide
        fi
        check "apt-get remove devrel-guide" apt-get remove -y devrel-guide
        check "removed: no binary, man page or completions left" \
          bash -c "! ls /usr/bin/devrel-guide /usr/share/man/man1/devrel-guide.1.gz /usr/share/bash-completion/completions/devrel-guide 2>/dev/null | grep -q ."
        check "removed: dpkg no longer lists it as installed" \
          bash -c "! dpkg-query -W -f='\${Status}' devrel-guide 2>/dev/null | grep -q 'install ok installed'"
      fi
    fi
  fi
fi

echo "install: $passed passed, $failed failed"
[ "$failed" = 0 ]
