#!/usr/bin/env python3
"""How many cores a command asks for over time: each 0.5 s, every thread's run time and
run-queue wait from /proc/<pid>/task/<tid>/schedstat. "demand" (run + wait, in cores) is what
the process would use on an idle machine, so it reads the same on a shared box; a thread whose
demand is well below 1 was blocked (on a queue, a lock, I/O).

    python3 bench/cores.py CMD [ARG...]

Prints one line per sample: time, cores run, cores waited, demand, and each busy thread's
demand (name/last digits of its id).
"""
import os
import subprocess
import sys
import time

INTERVAL = 0.5


def threads(pid):
    """{tid: (run ns, wait ns, name)} of a live process's threads."""
    found = {}
    for tid in os.listdir(f"/proc/{pid}/task"):
        try:
            with open(f"/proc/{pid}/task/{tid}/schedstat") as f:
                run, wait, _ = f.read().split()
            with open(f"/proc/{pid}/task/{tid}/comm") as f:
                found[tid] = (int(run), int(wait), f.read().strip())
        except (OSError, ValueError):
            pass
    return found


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    child = subprocess.Popen(sys.argv[1:])
    started, before = time.time(), {}
    while child.poll() is None:
        time.sleep(INTERVAL)
        try:
            now = threads(child.pid)
        except OSError:
            break
        delta = {tid: (run - before.get(tid, (0, 0))[0], wait - before.get(tid, (0, 0))[1], name) for tid, (run, wait, name) in now.items()}
        ran = sum(d[0] for d in delta.values()) / (INTERVAL * 1e9)
        waited = sum(d[1] for d in delta.values()) / (INTERVAL * 1e9)
        busy = sorted(((run + wait) / (INTERVAL * 1e9), f"{name}/{tid[-2:]}") for tid, (run, wait, name) in delta.items())
        shown = " ".join(f"{who}:{demand:.2f}" for demand, who in reversed(busy) if demand > 0.1)
        print(f"{time.time() - started:6.1f} s  run {ran:.2f}  wait {waited:.2f}  demand {ran + waited:.2f}  {shown}", flush=True)
        before = {tid: value[:2] for tid, value in now.items()}
    sys.exit(child.wait())


if __name__ == "__main__":
    main()
