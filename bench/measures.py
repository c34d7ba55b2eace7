"""The measures: interactive sessions, instruction counts under callgrind, content scale."""

import os
import random
import re
import shutil
import subprocess
import tempfile
import time

from harness import (
    DOWN, LIVE_PIDS, PtyProgram, QUIET_KEY, QUIET_START, UP, home_complete, log, median,
    visible,
)


# ----------------------------------------------------------------------------------------------
# Interactive measurements: one session of one program


def session(name, argv, env, quit_keys, latency_keys):
    """One run of one program. Returns a dict of measurements, or raises on failure."""
    result = {}
    program = PtyProgram(argv, env)
    try:
        # First complete home screen: from fork to the last byte of the burst that puts the
        # last home entry on screen (the burst ends when output goes quiet).
        data, _, last = program.read(QUIET_START, 10.0, until=home_complete)
        if not home_complete(data):
            raise RuntimeError(f"{name}: home screen did not appear: {visible(data)[-400:]!r}")
        result["first_frame_ms"] = (last - program.t0) * 1000
        result["start_bytes"] = len(data)

        # Bytes per menu move: three moves down and three back up, each counted on its own
        # after the screen has settled. This is what ncurses' doupdate sends for a changed
        # selection; a full redraw would show up as ~2 KB.
        moves = [program.key_bytes(DOWN) for _ in range(3)]
        moves += [program.key_bytes(UP) for _ in range(3)]
        result["move_bytes"] = moves

        # Key-to-screen latency on the menu: Down/Up alternating, so every key changes the
        # screen; time from write() to the first byte that comes back.
        samples = []
        for i in range(latency_keys):
            value = program.latency(DOWN if i % 2 == 0 else UP)
            if value is not None:
                samples.append(value * 1000)
        result["menu_latency_ms"] = samples

        if name == "devrel-guide":
            # One-line scroll on a long page: open item 1 (What is DevRel?), press j.
            program.send(b"1")
            data, _, _ = program.read(QUIET_START, 5.0)
            scrolls, overheads = [], []
            for _ in range(5):
                program.send(b"j")
                data, _, _ = program.read(QUIET_KEY, 2.0)
                scrolls.append(len(data))
                # What the scroll costs beyond the text it reveals: the bytes minus the
                # printable text in them (the new line's words must be sent whatever you do).
                overheads.append(len(data) - len(visible(data).strip().encode()))
            result["scroll_bytes"] = scrolls
            result["scroll_overhead"] = overheads
            # Page latency: k/j alternating (starting scrolled down, so both keys move).
            samples = []
            for i in range(latency_keys):
                value = program.latency(b"k" if i % 2 == 0 else b"j")
                if value is not None:
                    samples.append(value * 1000)
            result["page_latency_ms"] = samples

        # Peak memory: VmHWM just before quitting.
        result["vm_hwm_kib"] = program.vm_hwm_kib()
    finally:
        program.finish(quit_keys)
    return result


def process_floor_ms(env):
    """Fork to first byte for `printf x` in the same pseudo-terminal: the start-up cost any
    program pays here (fork from this script, exec, the first page faults), which both
    first-frame figures include and neither program controls."""
    program = PtyProgram([shutil.which("printf") or "/usr/bin/printf", "x"], env)
    _, first, _ = program.read(0.02, 5.0, until=lambda data: b"x" in data)
    program.finish(b"")
    if first is None:
        raise RuntimeError("printf x wrote nothing")
    return (first - program.t0) * 1000


# ----------------------------------------------------------------------------------------------
# Instructions under callgrind


def callgrind_instructions(name, argv, env, quit_keys, workdir, index):
    """Total instructions (Ir) to start, show the home screen and quit, under callgrind.

    Instruction counts do not depend on how busy the machine is, so this is the steady
    comparison of start-up cost. Under valgrind everything is ~50x slower: wait generously.
    """
    out = os.path.join(workdir, f"callgrind.{name}.{index}.out")
    logfile = os.path.join(workdir, f"callgrind.{name}.{index}.log")
    valgrind = shutil.which("valgrind")
    program = PtyProgram(
        [valgrind, "--tool=callgrind", f"--callgrind-out-file={out}", f"--log-file={logfile}"]
        + argv, env)
    try:
        data, _, _ = program.read(1.5, 120.0, until=home_complete)
        if not home_complete(data):
            raise RuntimeError(f"{name} under callgrind: no home screen")
    finally:
        program.finish(quit_keys, timeout=60.0)
    with open(out) as f:
        for line in f:
            if line.startswith("summary:") or line.startswith("totals:"):
                return int(line.split()[1])
    raise RuntimeError(f"{name}: no summary in {out}")


# ----------------------------------------------------------------------------------------------
# Content scale: generated packs


WORDS = (
    "developer community content code talk sample docs feedback product launch event meetup "
    "tutorial article video stream forum issue release guide api sdk onboarding advocate "
    "workshop conference newsletter survey metric growth trust support question answer "
    "library tool platform cloud open source contributor maintainer roadmap demo blog"
).split()


def paragraph(rng, words):
    text = []
    for i in range(words):
        word = rng.choice(WORDS)
        if i % 37 == 5:
            word = f"*{word}*"  # exercise the inline parser as real packs do
        text.append(word)
    return " ".join(text).capitalize() + "."


def generate_pack(folder, target_bytes, rare_word):
    """A valid pack of about `target_bytes` of YAML: topics of ~2 KB chained by see_also.

    Every topic is reachable (home -> t00000 -> see_also chain), pages have headings, text with
    emphasis and links, and bullets, like the bundled pack. `rare_word` appears once, in the
    last topic, so a search for it scans everything and finds one hit.
    Returns (YAML bytes written, number of topics).
    """
    rng = random.Random(target_bytes)
    os.makedirs(os.path.join(folder, "topics"), exist_ok=True)
    manifest = ('id: bench\ntitle: Benchmark pack\nversion: "1"\nlanguage: en\n'
                "tagline: Generated for bench/run.\nhome:\n  - topic: t00000\n")
    texts = []
    total = len(manifest)
    while total < target_bytes:
        index = len(texts)
        body = [f"  - heading: Section {index}",
                f"  - text: >-\n      {paragraph(rng, 120)}",
                f"  - text: >-\n      See [the next page](NEXT). {paragraph(rng, 90)}",
                "  - bullets:"]
        body += [f'      - "{paragraph(rng, 12)}"' for _ in range(4)]
        text = (f"id: t{index:05d}\ntitle: Topic {index}\nsummary: {paragraph(rng, 14)}\n"
                "body:\n" + "\n".join(body) + "\n")
        texts.append(text)
        total += len(text) + 20
    count = len(texts)
    total = len(manifest)
    with open(os.path.join(folder, "pack.yaml"), "w") as f:
        f.write(manifest)
    for index, text in enumerate(texts):
        last = index == count - 1
        text = text.replace("(NEXT)", "(t00000)" if last else f"(t{index + 1:05d})")
        if last:
            text = text.replace("body:\n", f"body:\n  - text: The {rare_word} is here.\n", 1)
        else:
            text += f"see_also: [t{index + 1:05d}]\n"
        with open(os.path.join(folder, "topics", f"t{index:05d}.yaml"), "w") as f:
            f.write(text)
        total += len(text.encode())
    return total, count


def timed_run(argv, env):
    """Runs a command; returns (wall ms, CPU ms = user + sys of the child, exit code, stderr).

    CPU time comes from wait4()'s rusage. On a shared, busy machine wall time includes time
    spent waiting for a core; CPU time is the program's own cost, so budgets use it.
    """
    t = time.perf_counter()
    with tempfile.TemporaryFile() as errors, subprocess.Popen(
            argv, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
            stderr=errors) as child:
        LIVE_PIDS.add(child.pid)
        try:
            deadline = time.perf_counter() + 120
            while True:
                pid, status, usage = os.wait4(child.pid, os.WNOHANG)
                if pid:
                    break
                if time.perf_counter() > deadline:
                    raise RuntimeError(f"timed out: {' '.join(argv)}")
                time.sleep(0.001)
        finally:
            LIVE_PIDS.discard(child.pid)
        child.returncode = os.waitstatus_to_exitcode(status)
        errors.seek(0)
        err = errors.read(65536)
    wall = (time.perf_counter() - t) * 1000
    cpu = (usage.ru_utime + usage.ru_stime) * 1000
    return wall, cpu, child.returncode, err.decode(errors="replace")


def content_scale(binary, env, workdir, runs):
    """Load and search time for packs of 10 KB, 1 MB and 10 MB.

    `topics` loads and validates the pack and prints the ids (load cost, start-up included;
    the 10 KB pack shows how big that part is); `search WORD` loads and then searches every
    topic, and with DEVREL_GUIDE_TIMINGS=1 reports the CPU time of making the search index
    (once per pack, as the guide does on the first search) and of the query itself, which a
    difference of two whole runs would drown in noise.
    """
    rare = "quokka"
    sizes = [("10 KB", 10 * 1024), ("1 MB", 1024 * 1024), ("10 MB", 10 * 1024 * 1024)]
    results = []
    for label, size in sizes:
        folder = os.path.join(workdir, f"pack-{size}")
        actual, count = generate_pack(folder, size, rare)
        _, _, code, err = timed_run([binary, "validate", folder], env)
        if code != 0:
            raise RuntimeError(f"generated {label} pack does not validate:\n{err[:2000]}")
        n = runs if size <= 1024 * 1024 else max(3, runs // 2 + 1)
        samples = {"load": [], "search": []}
        search_only, index_only = [], []
        timed_env = dict(env, DEVREL_GUIDE_TIMINGS="1")
        for _ in range(n):  # alternate the two commands so drift hits both alike
            for kind, argv in (("load", [binary, "topics", "--content", folder]),
                               ("search", [binary, "search", "--content", folder, rare])):
                wall, cpu, code, err = timed_run(argv, timed_env if kind == "search" else env)
                if code != 0:
                    raise RuntimeError(f"{kind} on {label} pack failed ({code}): {err[:500]}")
                samples[kind].append((wall, cpu))
                if kind == "search":
                    query = re.search(r"timing: search query ([0-9.]+) ms", err)
                    index = re.search(r"timing: search index ([0-9.]+) ms", err)
                    if not query or not index:
                        raise RuntimeError(f"search printed no timing: {err[:500]}")
                    search_only.append(float(query.group(1)))
                    index_only.append(float(index.group(1)))
        entry = {"label": label, "bytes": actual, "topics": count}
        for kind in ("load", "search"):
            entry[f"{kind}_wall_ms"] = median([w for w, _ in samples[kind]])
            entry[f"{kind}_cpu_ms"] = median([c for _, c in samples[kind]])
        entry["search_cpu_only_ms"] = median(search_only)
        entry["index_cpu_ms"] = median(index_only)
        results.append(entry)
        log(f"  {label}: {actual} bytes, {count} topics; CPU: load {entry['load_cpu_ms']:.1f} "
            f"ms, load+search {entry['search_cpu_ms']:.1f} ms (wall {entry['load_wall_ms']:.1f} "
            f"/ {entry['search_wall_ms']:.1f} ms)")
    return results


def posting_scale(binary, env, workdir, runs):
    """CPU time of reading a job posting of 100 KB and of 1 MB (`devrel-guide posting`).

    The postings are the sample postings of the tests, repeated; DEVREL_GUIDE_TIMINGS=1 gives
    the reading's own CPU time, apart from start-up and printing.
    """
    corpus = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                          "Tests", "PostingCorpus")
    sample = "\n\n".join(open(os.path.join(corpus, name), encoding="utf-8").read()
                         for name in sorted(os.listdir(corpus)) if name.endswith(".txt"))
    results = {}
    for label, size in (("100 KB", 100 * 1024), ("1 MB", 1024 * 1024)):
        path = os.path.join(workdir, f"posting-{size}.txt")
        with open(path, "w", encoding="utf-8") as out:
            out.write((sample * (size // len(sample.encode()) + 1))[:size])
        samples = []
        for _ in range(runs):
            _, _, code, err = timed_run([binary, "posting", path, "--format", "json"],
                                        dict(env, DEVREL_GUIDE_TIMINGS="1"))
            found = re.search(r"timing: posting read ([0-9.]+) ms", err)
            if code != 0 or not found:
                raise RuntimeError(f"posting on {label} failed ({code}): {err[:500]}")
            samples.append(float(found.group(1)))
        results[label] = median(samples)
        log(f"  posting {label}: read in {results[label]:.1f} ms CPU")
    return results
