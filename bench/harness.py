"""The harness: a program in a pseudo-terminal, the tools and the build it needs, and small
helpers shared by the measures and the report."""

import fcntl
import json
import os
import re
import select
import shutil
import signal
import statistics
import struct
import subprocess
import sys
import termios
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SCRATCH = os.path.join(REPO, ".build-bench")  # gitignored (.build-*)
DOC = os.path.join(REPO, "docs", "benchmarks.md")

ROWS, COLS = 24, 80
# Application-mode arrows: dialog (keypad on) expects them; devrel-guide reads both forms.
DOWN, UP = b"\x1bOB", b"\x1bOA"
ESC = b"\x1b"

# The six home entries, in the order devrel-guide shows them; dialog gets the same six.
HOME_ENTRIES = [
    "What is DevRel?",
    "What does a DevRel do?",
    "Skills: the 4C's",
    "Self-assessment quiz",
    "Your results",
    "About this guide",
]
LAST_ENTRY = HOME_ENTRIES[-1]

# Quiet windows: "the program has finished answering" means no byte for this long. They only
# decide when to stop listening; every time we report is taken at a byte, never at the end
# of a quiet window.
QUIET_START = 0.25  # after the first frame (startup may write in a few bursts)
QUIET_KEY = 0.05  # after a key
QUIET_LATENCY = 0.02  # between latency samples (keeps 100s of keys quick)

LIVE_PIDS = set()  # children still running; killed (by pid) at exit


# ----------------------------------------------------------------------------------------------
# Small helpers


def log(message):
    print(message, file=sys.stderr, flush=True)


def median(values):
    return statistics.median(values) if values else float("nan")


def percentile(values, p):
    """Nearest-rank percentile (p in 0..100) — simple and unambiguous for a report."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    rank = max(1, int(round(p / 100.0 * len(ordered) + 0.4999)))
    return ordered[min(rank, len(ordered)) - 1]


def run_text(argv, **kwargs):
    try:
        return subprocess.run(argv, capture_output=True, text=True, timeout=60, **kwargs).stdout
    except (OSError, subprocess.SubprocessError):
        return ""


def kill_children():
    for pid in list(LIVE_PIDS):
        try:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
        except (ProcessLookupError, ChildProcessError):
            pass
        LIVE_PIDS.discard(pid)


# Strips terminal control sequences so the text on screen can be searched for.
CONTROL = re.compile(
    rb"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI ... final byte
    rb"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC
    rb"|\x1b[()*+][0-~]"  # charset designation
    rb"|\x1b[ -/]*[0-~]"  # other two-byte escapes (ESC 7, ESC =, ...)
    rb"|[\x00-\x08\x0e-\x1f]"  # SI/SO and other C0 controls (keep \t\n\r)
)


def visible(data):
    return CONTROL.sub(b"", data).decode("utf-8", "replace")


# ----------------------------------------------------------------------------------------------
# A program in a pseudo-terminal


class PtyProgram:
    """Starts argv on a fresh pty of ROWS x COLS and reads what it writes, with timestamps.

    The window size is set on the pty *before* the fork, so the program's first look at the
    terminal already sees 80x24 (no SIGWINCH, no second frame). `t0` is taken just before fork:
    "time to first frame" is measured from there to the byte that completes the frame.
    """

    def __init__(self, argv, env):
        master, slave = os.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLS, 0, 0))
        self.t0 = time.perf_counter()
        pid = os.fork()
        if pid == 0:  # child: new session, the pty as controlling terminal and stdio
            try:
                os.close(master)
                os.setsid()
                fcntl.ioctl(slave, termios.TIOCSCTTY, 0)
                for fd in (0, 1, 2):
                    os.dup2(slave, fd)
                if slave > 2:
                    os.close(slave)
                os.execve(argv[0], argv, env)
            finally:
                os._exit(127)
        os.close(slave)
        self.pid, self.fd = pid, master
        LIVE_PIDS.add(pid)
        os.set_blocking(master, False)
        self.closed = False
        self.status = None

    def _read_chunk(self, timeout):
        """One read of whatever is available within `timeout`: (time, bytes) or None."""
        if self.closed:
            time.sleep(max(0.0, min(timeout, 0.01)))
            return None
        ready, _, _ = select.select([self.fd], [], [], max(0.0, timeout))
        if not ready:
            return None
        now = time.perf_counter()
        try:
            data = os.read(self.fd, 65536)
        except BlockingIOError:
            return None
        except OSError:  # EIO: the program closed the terminal (exited)
            data = b""
        if not data:
            self.closed = True
            return None
        return now, data

    def read(self, quiet, timeout, until=None):
        """Reads until `until(buffer)` holds (if given) and then nothing arrives for `quiet` s.

        Returns (data, first_byte_time, last_byte_time); times are None when nothing came.
        Gives up after `timeout` s (and returns what it has; callers check the content).
        """
        start = time.perf_counter()
        deadline = start + timeout
        data = bytearray()
        first = last = None
        satisfied = until is None
        while not self.closed:
            now = time.perf_counter()
            if now >= deadline:
                break
            if satisfied:
                quiet_left = quiet - (now - (last or start))
                if quiet_left <= 0:
                    break
                wait = min(deadline - now, quiet_left)
            else:
                wait = deadline - now
            chunk = self._read_chunk(wait)
            if chunk is None:
                continue
            t, part = chunk
            data += part
            first = first or t
            last = t
            if not satisfied and until(bytes(data)):
                satisfied = True
        return bytes(data), first, last

    def settle(self, quiet=QUIET_KEY, timeout=2.0):
        return self.read(quiet, timeout)

    def send(self, keys):
        os.write(self.fd, keys)

    def key_bytes(self, key, quiet=QUIET_KEY, timeout=2.0):
        """Bytes written in answer to one key (after the screen had settled)."""
        self.send(key)
        data, _, _ = self.read(quiet, timeout)
        return len(data)

    def latency(self, key, timeout=1.0):
        """Seconds from writing `key` to the first byte of the answer; then drains the answer."""
        t = time.perf_counter()
        os.write(self.fd, key)
        chunk = self._read_chunk(timeout)
        if chunk is None:
            return None
        self.read(QUIET_LATENCY, 1.0)
        return chunk[0] - t

    def vm_hwm_kib(self):
        """Peak resident set size so far (VmHWM), in KiB."""
        try:
            with open(f"/proc/{self.pid}/status") as status:
                for line in status:
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1])
        except OSError:
            pass
        return None

    def finish(self, quit_keys, timeout=5.0):
        """Sends the quit keys and waits for the exit; kills the program if it does not go."""
        if quit_keys:
            try:
                self.send(quit_keys)
            except OSError:
                pass
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            self._read_chunk(0.05)  # keep draining so the program never blocks on output
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                break
        else:
            os.kill(self.pid, signal.SIGKILL)
            _, self.status = os.waitpid(self.pid, 0)
        LIVE_PIDS.discard(self.pid)
        os.close(self.fd)
        return self.status


# ----------------------------------------------------------------------------------------------
# Setup: tools, build, environment


def ensure_tools():
    missing = [pkg for pkg, tool in (("dialog", "dialog"), ("valgrind", "valgrind"))
               if shutil.which(tool) is None]
    if not missing:
        return
    log(f"installing {' '.join(missing)} with apt-get ...")
    sudo = [] if os.geteuid() == 0 else ["sudo"]
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    subprocess.run(sudo + ["apt-get", "update", "-qq"], check=True, env=env, timeout=600)
    subprocess.run(sudo + ["apt-get", "install", "-y", "-qq"] + missing, check=True, env=env,
                   timeout=600)


def build(skip):
    """The binary `make` builds and installs (fully static, stripped), in .build-bench.

    `make` holds the one definition of the release build, so the benchmark measures exactly
    what ships.
    """
    binary = os.path.join(SCRATCH, "dist", "devrel-guide")
    if not skip or not os.path.exists(binary):
        log("building the release binary (make build SCRATCH=.build-bench) ...")
        subprocess.run(["make", "--no-print-directory", "build", f"SCRATCH={SCRATCH}"],
                       cwd=REPO, check=True, timeout=1800)
    return binary


def make_env(home):
    env = {
        "PATH": "/usr/local/bin:/usr/bin:/bin",
        "HOME": home,
        "XDG_DATA_HOME": os.path.join(home, "data"),
        "XDG_STATE_HOME": os.path.join(home, "state"),
        "XDG_CONFIG_HOME": os.path.join(home, "config"),
        "TERM": "xterm-256color",
        "LANG": "C.UTF-8",
    }
    return env


def dialog_argv(dialog, item_help=None):
    """The same six entries, under the same title and tagline as devrel-guide's home screen.

    With `item_help` (a text per entry), dialog shows the selected entry's text on its bottom
    line (`--item-help`), as devrel-guide shows the selected entry's summary under its menu.
    """
    argv = [dialog] + (["--item-help"] if item_help else []) + [
        "--title", "Home", "--menu",
        "DevRel career guide\n"
        "What Developer Relations is, what the job asks, and whether it suits you.",
        "0", "0", str(len(HOME_ENTRIES))]
    for number, title in enumerate(HOME_ENTRIES, 1):
        argv += [str(number), title] + ([item_help[number - 1]] if item_help else [])
    return argv


def home_summaries(binary, env):
    """The text devrel-guide shows under its home menu for each of the six entries: a topic's
    summary (from `topics` and `show --format json`); nothing for the quiz and the results,
    whose rows show their few words whole."""
    ids = {}
    for line in run_text([binary, "topics"], env=env).splitlines():
        topic, _, title = line.partition("\t")
        ids[title] = topic
    summaries = []
    for title in HOME_ENTRIES:
        text = ""
        if title in ids:
            shown = run_text([binary, "show", ids[title], "--format", "json"], env=env)
            text = json.loads(shown).get("summary", "") if shown else ""
        summaries.append(text)
    return summaries


def home_complete(data):
    return LAST_ENTRY in visible(data)
