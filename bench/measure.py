#!/usr/bin/env python3
"""Run one command under `/usr/bin/time -v`, with a timeout, and print one JSON line.

  measure.py NAME LOGPREFIX TIMEOUT_S -- CMD...

Besides GNU time's figures (wall, user, sys, max RSS, exit status) it samples
/proc/<pid>/status of the measured process every 20 ms for the peak of RssAnon (heap, stacks)
and RssFile (mapped files, e.g. a memory-mapped input): ru_maxrss counts both.
On timeout the whole process group it started is killed (SIGKILL, by its id) and
"timed_out": true is reported. stdout/stderr of CMD go to LOGPREFIX.out / LOGPREFIX.err,
GNU time's report to LOGPREFIX.time. "background_cores" is the CPU the rest of the machine
used during the run (from /proc/stat): above ~0.1 the figure was measured on a busy machine.
Before starting it waits (bounded) for the machine to be idle: see wait_idle().
"""
import json
import os
import re
import signal
import subprocess
import sys
import time


def kib(status, key):
    m = re.search(rf"^{key}:\s+(\d+) kB", status, re.M)
    return int(m.group(1)) if m else 0


def cpu_jiffies():
    """(busy, total) jiffies over all CPUs, from /proc/stat."""
    with open("/proc/stat") as f:
        v = [int(x) for x in f.readline().split()[1:]]
    idle = v[3] + (v[4] if len(v) > 4 else 0)
    total = sum(v[:8])
    return total - idle, total


def children(pid):
    try:
        with open(f"/proc/{pid}/task/{pid}/children") as f:
            return [int(x) for x in f.read().split()]
    except OSError:
        return []


def wait_idle():
    """Wait (up to $BENCH_IDLE_WAIT s, default 30, and not past $BENCH_IDLE_DEADLINE) until the
    machine's CPU use over 1 s is below $BENCH_IDLE_CORES cores (default 0.15): other work on a
    shared box skews the timings. Always samples at least 1 s."""
    limit = float(os.environ.get("BENCH_IDLE_WAIT", "30"))
    deadline = os.environ.get("BENCH_IDLE_DEADLINE")  # epoch seconds: the whole run's waiting budget
    if deadline:
        limit = max(0.0, min(limit, float(deadline) - time.time()))
    cores = float(os.environ.get("BENCH_IDLE_CORES", "0.15"))
    start = time.monotonic()
    while True:
        b0, t0 = cpu_jiffies()
        time.sleep(1)
        b1, t1 = cpu_jiffies()
        busy = (b1 - b0) / max(1, t1 - t0) * os.cpu_count()
        if busy < cores or time.monotonic() - start >= limit:
            return round(time.monotonic() - start, 1), round(busy, 2)


def main():
    name, prefix, timeout = sys.argv[1], sys.argv[2], float(sys.argv[3])
    assert sys.argv[4] == "--"
    cmd = sys.argv[5:]
    waited, busy_before = wait_idle()
    with open(prefix + ".out", "wb") as out, open(prefix + ".err", "wb") as err:
        busy0, total0 = cpu_jiffies()
        start = time.monotonic()
        p = subprocess.Popen(["/usr/bin/time", "-v", "-o", prefix + ".time"] + cmd, stdout=out, stderr=err, start_new_session=True)
        peak_anon = peak_file = 0
        timed_out = False
        while p.poll() is None:
            for c in children(p.pid):
                try:
                    with open(f"/proc/{c}/status") as f:
                        s = f.read()
                except OSError:
                    continue
                peak_anon = max(peak_anon, kib(s, "RssAnon"))
                peak_file = max(peak_file, kib(s, "RssFile"))
            if time.monotonic() - start > timeout:
                timed_out = True
                os.killpg(p.pid, signal.SIGKILL)
                p.wait()
                break
            time.sleep(0.02)
        outer_wall = time.monotonic() - start
        busy1, total1 = cpu_jiffies()
    r = {"name": name, "cmd": " ".join(cmd), "idle_wait_s": waited, "busy_before": busy_before, "timed_out": timed_out, "peak_rss_anon_kib": peak_anon, "peak_rss_file_kib": peak_file}
    try:
        with open(prefix + ".time") as f:
            t = f.read()
    except OSError:
        t = ""

    def field(label):
        m = re.search(rf"^\s*{re.escape(label)}: (.*)$", t, re.M)
        return m.group(1).strip() if m else None

    wall = field("Elapsed (wall clock) time (h:mm:ss or m:ss)")
    if wall:
        secs = 0.0
        for part in wall.split(":"):
            secs = secs * 60 + float(part)
        r["wall_s"] = secs
    else:
        r["wall_s"] = outer_wall
    for key, label, conv in [
        ("user_s", "User time (seconds)", float),
        ("sys_s", "System time (seconds)", float),
        ("max_rss_kib", "Maximum resident set size (kbytes)", int),
        ("exit", "Exit status", int),
    ]:
        v = field(label)
        r[key] = conv(v) if v is not None else None
    if r["exit"] is None:
        m = re.search(r"Command terminated by signal (\d+)", t)
        r["signal"] = int(m.group(1)) if m else None
    # CPU the rest of the machine used meanwhile, in cores (this sampler's own polling included)
    if total1 > total0 and r["user_s"] is not None and r["wall_s"]:
        busy_cores = (busy1 - busy0) / (total1 - total0) * os.cpu_count()
        r["background_cores"] = round(max(0.0, busy_cores - (r["user_s"] + r["sys_s"]) / r["wall_s"]), 2)
    print(json.dumps(r))


if __name__ == "__main__":
    main()
