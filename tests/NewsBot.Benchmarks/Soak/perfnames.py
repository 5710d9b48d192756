#!/usr/bin/env python3
"""Names the JIT-compiled frames of a `perf record -g` sample of a .NET process and prints where its time goes.

With W^X (the .NET default) the JIT's code lives in a `memfd:doublemapper` mapping, which perf treats as a file:
it reports offsets into it and never reads the perf map. This turns each such offset back into the address of
the executable view (from a copy of /proc/<pid>/maps taken while the process ran) and looks it up in the perf map
the runtime wrote (DOTNET_PerfMapEnabled=3, /tmp/perf-<pid>.map).

    DOTNET_PerfMapEnabled=3 <run the process>
    perf record -F 99 -g -p PID -o sample.data -- sleep 60
    cp /proc/PID/maps maps.txt; cp /tmp/perf-PID.map perf.map
    python3 perfnames.py sample.data maps.txt perf.map [--top N] [--match TEXT]

Prints the leaf frames by share of samples, then the frames on the stack (inclusive) whose name contains TEXT
(default: NewsBot), and the share of samples spent with an idle thread-pool worker spinning (sched_yield).
"""
import argparse
import bisect
import collections
import re
import subprocess


def read_perf_map(path):
    entries = []
    with open(path) as f:
        for line in f:
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3:
                start, size = int(parts[0], 16), int(parts[1], 16)
                entries.append((start, start + size, parts[2]))
    entries.sort()
    return [e[0] for e in entries], entries


def read_code_views(path):
    """The executable views of the double-mapped code: (file offset, length, address)."""
    views = []
    with open(path) as f:
        for line in f:
            fields = line.split()
            if "doublemapper" in line and fields[1].startswith("r-x"):
                start, end = (int(x, 16) for x in fields[0].split("-"))
                views.append((int(fields[2], 16), end - start, start))
    return views


def frames_of(sample, views, starts, entries):
    names = []
    for line in sample.splitlines():
        match = re.match(r"\s*([0-9a-f]+)\s+(.*)$", line)
        if not match:
            continue
        ip, rest = int(match.group(1), 16), match.group(2)
        name = None
        if "doublemapper" in rest:
            for offset, length, address in views:
                if offset <= ip < offset + length:
                    at = address + ip - offset
                    i = bisect.bisect_right(starts, at) - 1
                    if i >= 0 and at < entries[i][1]:
                        name = entries[i][2]
                    break
        if name is None:
            symbol = rest.split(" (")[0].strip()
            library = rest[rest.rfind("(") + 1:-1].split("/")[-1] if "(" in rest else ""
            name = f"{symbol or '?'} @{library}"
        names.append(re.sub(r"\[(OptimizedTier1|Optimized|QuickJitted|Tier0|Tier1)\]$", "", name))
    return names


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data")
    parser.add_argument("maps")
    parser.add_argument("perfmap")
    parser.add_argument("--top", type=int, default=25)
    parser.add_argument("--match", default="NewsBot")
    args = parser.parse_args()

    starts, entries = read_perf_map(args.perfmap)
    views = read_code_views(args.maps)
    script = subprocess.run(["perf", "script", "-i", args.data, "-F", "ip,sym,dso"], capture_output=True, text=True, check=True).stdout
    leaf, inclusive, total, spinning = collections.Counter(), collections.Counter(), 0, 0
    for sample in script.split("\n\n"):
        frames = frames_of(sample, views, starts, entries)
        if not frames:
            continue
        total += 1
        leaf[frames[0]] += 1
        inclusive.update(set(frames))
        spinning += any("sched_yield" in f for f in frames)

    print(f"samples {total}; idle workers spinning (sched_yield on the stack) {100 * spinning / max(total, 1):.1f} %")
    print("--- leaf")
    for name, count in leaf.most_common(args.top):
        print(f"{100 * count / total:5.1f} % {name[:160]}")
    print(f"--- on the stack, matching '{args.match}'")
    shown = 0
    for name, count in inclusive.most_common():
        if args.match in name and "MoveNext" not in name:
            print(f"{100 * count / total:5.1f} % {name[:160]}")
            shown += 1
            if shown == args.top:
                break


if __name__ == "__main__":
    main()
