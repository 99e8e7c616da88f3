#!/usr/bin/env python3
"""Time from starting `dossier` in a pseudo-terminal to its first full frame on screen.

Usage: scripts/first_frame.py [BINARY] [RUNS]   (default: target/release/dossier, 30 runs)
Prints the median and the slowest run in milliseconds. Used for docs/benchmarks.md.
"""
import os, pty, select, statistics, struct, sys, time, fcntl, termios

binary = sys.argv[1] if len(sys.argv) > 1 else "target/release/dossier"
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 30
times = []
for _ in range(runs):
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        os.execv(binary, [binary])
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    seen = b""
    # The status line is drawn last: its key hints mean the frame is complete.
    while b"q quit" not in seen:
        r, _, _ = select.select([fd], [], [], 5)
        if not r:
            sys.exit("no frame within 5 s")
        seen += os.read(fd, 65536)
    times.append((time.perf_counter() - start) * 1000)
    os.write(fd, b"q")
    os.waitpid(pid, 0)
    os.close(fd)
print(f"first frame: median {statistics.median(times):.1f} ms, slowest {max(times):.1f} ms over {runs} runs")
