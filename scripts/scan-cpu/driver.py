#!/usr/bin/env python3
"""Issue 16, goal 1: CPU per durable scan, hubd against the Python peer, side by side.

Each run starts the release `hubd` (one evdev intake device) and `peer.py`, each reading its own
FIFO, and feeds them the same evdev record stream (a US keyboard wedge typing `VG` + 8 digits +
Enter) at the same rate, taking turns in blocks so both see the machine at the same moments.
For each block it waits until every code is in the contestant's database and counts what the
contestant spent from the block's first record to its last commit: user and system ticks
(/proc/PID/stat), run time (/proc/PID/task/*/schedstat) and context switches
(/proc/PID/task/*/status); `perf stat` counts system calls over the whole run. Prints a table
per run and the ratios; `--json` prints one document.
"""
import argparse
import glob
import json
import os
import signal
import sqlite3
import struct
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
TICK = os.sysconf("SC_CLK_TCK")
RECORD = struct.Struct("llHHi")
DIGIT_KEYS = {str((i + 1) % 10): 2 + i for i in range(10)}
LETTER_KEYS = {"V": 47, "G": 34}
KEY_ENTER, KEY_LEFTSHIFT, EV_KEY, EV_SYN = 28, 42, 1, 0


def records(text):
    """The bytes a US keyboard wedge sends for `text` + Enter: press, release and SYN per key."""
    out = bytearray()
    now = time.time()
    sec, usec = int(now), int((now % 1) * 1e6)

    def key(code, value):
        out.extend(RECORD.pack(sec, usec, EV_KEY, code, value))
        out.extend(RECORD.pack(sec, usec, EV_SYN, 0, 0))

    for char in text:
        if char in LETTER_KEYS:
            key(KEY_LEFTSHIFT, 1)
            key(LETTER_KEYS[char], 1)
            key(LETTER_KEYS[char], 0)
            key(KEY_LEFTSHIFT, 0)
        else:
            key(DIGIT_KEYS[char], 1)
            key(DIGIT_KEYS[char], 0)
    key(KEY_ENTER, 1)
    key(KEY_ENTER, 0)
    return bytes(out)


def counters(pid):
    with open(f"/proc/{pid}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    utime, stime = int(fields[11]), int(fields[12])
    switches, run_ns = 0, 0
    for task in glob.glob(f"/proc/{pid}/task/*"):
        try:
            with open(f"{task}/status") as f:
                switches += sum(int(l.split()[1]) for l in f if "ctxt_switches" in l)
            with open(f"{task}/schedstat") as f:
                run_ns += int(f.read().split()[0])
        except FileNotFoundError:
            pass
    return {"user_s": utime / TICK, "sys_s": stime / TICK, "switches": switches, "run_s": run_ns / 1e9}


def open_writer(fifo, proc, timeout=30):
    """Opens the FIFO once the contestant is reading it; fails if it died first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            sys.exit(f"driver: {proc.args[0]} exited ({proc.returncode}) before opening {fifo}; see its log")
        try:
            fd = os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
            os.set_blocking(fd, True)
            return fd
        except OSError:
            time.sleep(0.02)
    sys.exit(f"driver: nothing opened {fifo} within {timeout} s")


def count_rows(path):
    try:
        with sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=1) as db:
            return db.execute("SELECT count(*) FROM parcel").fetchone()[0]
    except sqlite3.Error:
        return 0


def start_perf(pid, out):
    try:
        return subprocess.Popen(["perf", "stat", "-x", ",", "-e", "raw_syscalls:sys_enter", "-p", str(pid), "-o", out],
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    except FileNotFoundError:
        return None


def stop_perf(perf, out):
    if perf is None:
        return None
    perf.send_signal(signal.SIGINT)
    perf.wait()
    with open(out) as f:
        for line in f:
            parts = line.split(",")
            if len(parts) > 2 and "raw_syscalls:sys_enter" in parts[2]:
                return int(parts[0]) if parts[0].isdigit() else None
    return None


def hubd_contestant(work, fifo, hubd):
    config = os.path.join(work, "hubd.toml")
    with open(config, "w") as f:
        f.write(f'[hub]\nname = "bench"\ndata_dir = "{work}/data"\nsocket = "{work}/hubd.sock"\n\n'
                f'[[devices]]\nname = "wedge"\nrole = "intake"\ndriver = "evdev"\npath = "{fifo}"\n'
                f'max_codes_per_second = 1000\nburst = 1000\n')
    log = open(os.path.join(work, "hubd.log"), "w")
    proc = subprocess.Popen([hubd, "--config", config], stdout=log, stderr=log)
    return proc, os.path.join(work, "data", "hub.sqlite")


def swift_peer_contestant(work, fifo, bench, mode):
    db = os.path.join(work, "peer.sqlite")
    log = open(os.path.join(work, "peer.log"), "w")
    proc = subprocess.Popen([bench, "peer", fifo, db, mode], stdout=log, stderr=log)
    return proc, db


def peer_contestant(work, fifo, python):
    db = os.path.join(work, "peer.sqlite")
    log = open(os.path.join(work, "peer.log"), "w")
    proc = subprocess.Popen([python, os.path.join(HERE, "peer.py"), fifo, db], stdout=log, stderr=log)
    return proc, db


class Contestant:
    """One process under test, started once per run and fed its scans in blocks."""

    def __init__(self, name, start, args, base):
        self.name, self.args = name, args
        self.work = tempfile.mkdtemp(prefix=f"scan-cpu-{name}.", dir=base)
        self.fifo = os.path.join(self.work, "wedge.fifo")
        os.mkfifo(self.fifo)
        self.proc, self.db = start(self.work, self.fifo)
        self.fd = open_writer(self.fifo, self.proc)
        self.sent = 0
        self.totals = {"user_s": 0.0, "sys_s": 0.0, "switches": 0, "run_s": 0.0}

    def attach_perf(self):
        self.perf_out = os.path.join(self.work, "perf.txt")
        self.perf = start_perf(self.proc.pid, self.perf_out) if self.args.perf else None

    def feed(self, count, run):
        """Writes `count` codes at the set rate and waits for their commits; adds the CPU spent."""
        before = counters(self.proc.pid)
        interval = 1.0 / self.args.rate
        first = time.monotonic()
        for i in range(count):
            os.write(self.fd, records(f"VG{run:02d}{self.sent + i:06d}"))
            pause = first + (i + 1) * interval - time.monotonic()
            if pause > 0:
                time.sleep(pause)
        self.sent += count
        while count_rows(self.db) < self.sent:
            if self.proc.poll() is not None:
                sys.exit(f"driver: {self.name} exited before committing {self.sent} codes; see {self.work}")
            if time.monotonic() - first > count / self.args.rate + 60:
                sys.exit(f"driver: {self.name} committed {count_rows(self.db)} of {self.sent} codes; see {self.work}")
            time.sleep(0.02)
        after = counters(self.proc.pid)
        for key in self.totals:
            self.totals[key] += after[key] - before[key]

    def finish(self):
        syscalls = stop_perf(self.perf, self.perf_out) if self.args.perf else None
        os.close(self.fd)
        self.proc.send_signal(signal.SIGTERM)
        self.proc.wait(timeout=30)
        if not self.args.keep:
            subprocess.run(["rm", "-rf", self.work])
        n, t = self.sent, self.totals
        return {
            "user_us": t["user_s"] / n * 1e6, "sys_us": t["sys_s"] / n * 1e6,
            "cpu_us": (t["user_s"] + t["sys_s"]) / n * 1e6, "run_us": t["run_s"] / n * 1e6,
            "switches": t["switches"] / n, "syscalls": syscalls / n if syscalls is not None else None,
        }


def measure_run(args, run):
    """All contestants run at once and take turns, a block of scans each, so a busy moment
    on the machine falls on each rather than on whichever ran then."""
    starters = [("hubd", lambda w, f: hubd_contestant(w, f, args.hubd)),
                ("peer", lambda w, f: peer_contestant(w, f, args.python))]
    if args.swift_peer:
        for mode in ("sync", "async"):
            starters.append((f"swift-{mode}", lambda w, f, m=mode: swift_peer_contestant(w, f, args.swift_peer, m)))
    contestants = [Contestant(name, start, args, args.dir) for name, start in starters]
    time.sleep(args.settle)
    for contestant in contestants:
        contestant.attach_perf()
    time.sleep(0.3 if args.perf else 0)
    block = max(1, args.scans // args.blocks)
    while contestants[0].sent < args.scans:
        count = min(block, args.scans - contestants[0].sent)
        for contestant in contestants:
            contestant.feed(count, run)
    return {c.name: c.finish() for c in contestants}


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hubd", required=True)
    parser.add_argument("--python", default="/usr/bin/python3" if os.path.exists("/usr/bin/python3") else sys.executable)
    parser.add_argument("--scans", type=int, default=10000)
    parser.add_argument("--rate", type=float, default=200, help="scans a second (default 200)")
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--blocks", type=int, default=20, help="turns each contestant takes per run (default 20)")
    parser.add_argument("--settle", type=float, default=1.0)
    parser.add_argument("--dir", default=".")
    parser.add_argument("--swift-peer", metavar="HUB_BENCH", help="also run `hub-bench peer` (sync and async) as contestants")
    parser.add_argument("--no-perf", dest="perf", action="store_false")
    parser.add_argument("--keep", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    runs = []
    for run in range(1, args.runs + 1):
        results = measure_run(args, run)
        runs.append({"run": run, **results, "cpu_ratio": results["hubd"]["cpu_us"] / results["peer"]["cpu_us"]})
        if not args.json:
            report(run, results, args)
    if args.json:
        print(json.dumps({"scans": args.scans, "rate": args.rate, "runs": runs}, indent=2))


def report(run, results, args):
    def fmt(v, d=1):
        return "-" if v is None else f"{v:.{d}f}"

    peer = results["peer"]
    print(f"run {run}: {args.scans} scans at {args.rate:g}/s through an evdev FIFO, per durable scan")
    print(f"{'':12} {'user µs':>8} {'sys µs':>8} {'cpu µs':>8} {'run µs':>8} {'switches':>9} {'syscalls':>9} {'cpu / peer':>10}")
    for name, r in results.items():
        print(f"{name:12} {fmt(r['user_us']):>8} {fmt(r['sys_us']):>8} {fmt(r['cpu_us']):>8} {fmt(r['run_us']):>8} "
              f"{fmt(r['switches'], 2):>9} {fmt(r['syscalls'], 1):>9} {r['cpu_us'] / peer['cpu_us']:>10.2f}")
    print()
    sys.stdout.flush()


if __name__ == "__main__":
    main()
