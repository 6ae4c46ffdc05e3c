#!/usr/bin/env python3
"""Where the CPU of `fovea bench index` goes, thread by thread, while its measured indexing run lasts.

    tools/bench-thread-cpu.py PHOTOS -- ./fovea --home HOME bench index --json --models MODEL_DIR --images PHOTOS

Runs the command (the `fovea` launcher execs java, so the child's pid is the JVM's), reads the CPU ticks of each of
its threads from /proc every 0.2 s, and prints the CPU milliseconds per photo of each kind of thread (numbers
at the end of names folded: fovea-decode-1 and -2 are one row) between the samples around the life of the last
`fovea-index-writer` thread, the measured run's (the warm-up run's comes first). ONNX Runtime's own threads show
as `java`. Linux only; stdlib only, so it runs without tools/.venv.
"""
import collections
import os
import re
import subprocess
import sys
import time


PROCESS = "process"


def ticks_of(stat):
    fields = stat[stat.rindex(")") + 2 :].split()
    return int(fields[11]) + int(fields[12])


def sample(pid, out):
    now = time.time()
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
        # The process's own figure also holds the threads that ended, which no sample of a thread can give.
        with open(f"/proc/{pid}/stat") as f:
            out.append((now, PROCESS, ticks_of(f.read()), PROCESS))
    except OSError:
        return
    for tid in tasks:
        try:
            with open(f"/proc/{pid}/task/{tid}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        name = stat[stat.index("(") + 1 : stat.rindex(")")]
        out.append((now, tid, ticks_of(stat), name))


def per_photo(samples, photos):
    first_seen, last_seen, names = {}, {}, {}
    ticks_at = collections.defaultdict(dict)
    for t, tid, ticks, name in samples:
        first_seen.setdefault(tid, t)
        last_seen[tid] = t
        names[tid] = name
        ticks_at[t][tid] = ticks
    writers = [tid for tid, name in names.items() if name.startswith("fovea-index-wri")]
    if not writers:
        sys.exit("bench-thread-cpu: no indexing run was seen")
    writer = max(writers, key=int)
    times = sorted(ticks_at)
    start = max([t for t in times if t < first_seen[writer]] or [times[0]])
    end = min([t for t in times if t > last_seen[writer]] or [times[-1]])
    rows = collections.Counter()
    for tid, name in names.items():
        if tid == PROCESS or last_seen[tid] < start or first_seen[tid] > end:
            continue
        last = max(t for t in times if t <= end and tid in ticks_at[t])
        used = ticks_at[last][tid] - ticks_at[start].get(tid, 0)
        rows[re.sub(r"[-#]?\d+$", "#", name)] += used
    # A thread's CPU after its last sample (the stages' threads end inside the window) or of a thread born and ended
    # between two samples: the process counted it, no thread row did.
    process = ticks_at[end][PROCESS] - ticks_at[start][PROCESS]
    rows["(threads ended between samples)"] = max(0, process - sum(rows.values()))
    tick_ms = 1000 / os.sysconf("SC_CLK_TCK")
    print(f"measured run: {end - start:.1f} s, {photos / (end - start):.2f} photos/s (sampling every 0.2 s)")
    for name, used in rows.most_common():
        if used:
            print(f"{name:24} {used * tick_ms / photos:7.1f} CPU ms/photo")
    print(f"{'all threads':24} {sum(rows.values()) * tick_ms / photos:7.1f} CPU ms/photo")


def main():
    if len(sys.argv) < 4 or sys.argv[2] != "--":
        sys.exit(__doc__)
    photos = int(sys.argv[1])
    child = subprocess.Popen(sys.argv[3:])
    samples = []
    while child.poll() is None:
        sample(child.pid, samples)
        time.sleep(0.2)
    if child.returncode != 0:
        sys.exit(child.returncode)
    per_photo(samples, photos)


if __name__ == "__main__":
    main()
