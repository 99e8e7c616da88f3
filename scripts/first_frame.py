#!/usr/bin/env python3
"""Time from starting `dossier` in a pseudo-terminal to its first frame, to the articles on
screen, and to the reader's full frame once the analysis is in.

Usage: scripts/first_frame.py [BINARY] [RUNS] [DOSSIER]   (default: target/release/dossier, 30
runs, the sample). The first frame is the opening screen while the dossier is read, or the reader
itself when it is ready first; the reader's frame is complete when its status line's key hints
are drawn. Prints medians and slowest runs in milliseconds. Used for docs/benchmarks.md.
"""
import os, pty, select, statistics, struct, sys, time, fcntl, termios

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/dossier"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
args = [binary] + sys.argv[3:4]
first, articles, reader = [], [], []
for _ in range(runs):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(binary, args)
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    while b"? help" not in seen:
        r, _, _ = select.select([fd], [], [], 60)
        if not r:
            sys.exit("no frame within 60 s")
        seen += os.read(fd, 65536)
        now = (time.perf_counter() - start) * 1000
        if len(first) < len(reader) + 1 and (b"Opening" in seen or b"? help" in seen):
            first.append(now)
        if len(articles) < len(reader) + 1 and b"People & companies" in seen:
            articles.append(now)
    reader.append((time.perf_counter() - start) * 1000)
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
fmt = lambda xs: f"median {statistics.median(xs):.1f} ms, slowest {max(xs):.1f} ms"
print(f"first frame: {fmt(first)}; articles on screen: {fmt(articles)}; "
      f"analysis in: {fmt(reader)} over {runs} runs")
