#!/usr/bin/env python3
"""memtrace.py PID [SPLIT_EVERY]: the soak bot's resident memory every second, to see what the soak's per-minute
samples miss (docs/PERFORMANCE.md, Memory, third pass).

One line a second: seconds since start, VmRSS, VmHWM, RssAnon, RssFile, RssShmem (MB), threads; every SPLIT_EVERY
seconds (default 5) also the resident memory by mapping (MB), from /proc/PID/smaps:
  gc    the GC's reservation (anonymous mappings of >= 1 GB)
  dbl   code mapped twice by W^X (memfd:doublemapper; counted once here, as RssShmem counts it)
  a64   glibc malloc arenas (anonymous mappings inside a 64 MB-aligned reservation)
  brk   the main malloc heap ([heap])
  oth   every other anonymous mapping (thread stacks, the runtime's loader heaps and data)
  file  file-backed mappings
"""
import os
import sys
import time

ARENA = 64 * 1024 * 1024


def status(pid):
    values = {}
    with open(f"/proc/{pid}/status") as f:
        for line in f:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM", "RssAnon", "RssFile", "RssShmem", "Threads"):
                values[key] = int(rest.split()[0])
    mb = lambda k: values.get(k, 0) // 1024
    return (f"rss={mb('VmRSS')} hwm={mb('VmHWM')} anon={mb('RssAnon')} file={mb('RssFile')} "
            f"shmem={mb('RssShmem')} threads={values.get('Threads', 0)}")


def split(pid):
    # The GC reserves one range of many GB and commits regions inside it: smaps shows those as separate anonymous
    # mappings, contiguous with the reserved rest, so contiguous anonymous mappings are taken as one block first.
    mappings = []
    with open(f"/proc/{pid}/smaps") as f:
        for line in f:
            first = line.split(None, 6)
            if "-" in first[0] and len(first) >= 5 and ":" in first[3]:
                lo, hi = (int(x, 16) for x in first[0].split("-"))
                name = first[5].strip() if len(first) >= 6 else ""
                mappings.append([lo, hi, name, 0])
            elif line.startswith("Rss:") and mappings:
                mappings[-1][3] += int(line.split()[1])
    blocks = []
    for m in mappings:
        anonymous = m[2] == "" or m[2].startswith("[anon")
        if anonymous and blocks and blocks[-1][-1][1] == m[0] and blocks[-1][-1][4]:
            blocks[-1].append(m + [anonymous])
        else:
            blocks.append([m + [anonymous]])
    totals = dict.fromkeys(("gc", "dbl", "a64", "brk", "oth", "file"), 0)
    for block in blocks:
        gc = block[0][4] and block[-1][1] - block[0][0] >= 1 << 30
        for lo, hi, name, rss, anonymous in block:
            if "doublemapper" in name:
                kind = "dbl"
            elif name == "[heap]":
                kind = "brk"
            elif not anonymous:
                kind = "file"
            elif gc:
                kind = "gc"
            elif lo // ARENA == (hi - 1) // ARENA and lo % ARENA == 0:
                # An arena heap starts 64 MB-aligned; the PROT_NONE rest of its block is never resident.
                kind = "a64"
            else:
                kind = "oth"
            totals[kind] += rss
    return " ".join(f"{k}={v // 1024}" for k, v in totals.items())


def main():
    pid = int(sys.argv[1])
    every = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    start = time.monotonic()
    n = 0
    while os.path.exists(f"/proc/{pid}"):
        try:
            line = f"t={time.monotonic() - start:.0f} {status(pid)}"
            if n % every == 0:
                line += " " + split(pid)
            print(line, flush=True)
        except (OSError, ValueError, IndexError):
            break
        n += 1
        time.sleep(1)


if __name__ == "__main__":
    main()
