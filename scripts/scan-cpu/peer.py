#!/usr/bin/env python3
"""The hobby script issue 16 measures hubd against: it reads 24-byte evdev records from a FIFO,
decodes a US keyboard wedge, and commits each code to SQLite (WAL, synchronous=FULL) with one
INSERT and one COMMIT. Usage: peer.py FIFO DATABASE"""
import os
import sqlite3
import struct
import sys

EV_KEY = 1
KEY_ENTER, KEY_LEFTSHIFT, KEY_RIGHTSHIFT = 28, 42, 54
ROWS = ["1234567890", "qwertyuiop", "asdfghjkl", "zxcvbnm"]
FIRST = [2, 16, 30, 44]
CHARS = {FIRST[r] + i: c for r, row in enumerate(ROWS) for i, c in enumerate(row)}
RECORD = struct.Struct("llHHi")


def main(fifo, path):
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute("PRAGMA synchronous=FULL")
    db.execute("CREATE TABLE IF NOT EXISTS parcel (id INTEGER PRIMARY KEY, barcode TEXT NOT NULL, received_at REAL NOT NULL)")
    fd = os.open(fifo, os.O_RDONLY)
    pending, shift, code = b"", False, []
    while True:
        chunk = os.read(fd, 4096)
        if not chunk:
            return
        pending += chunk
        usable = len(pending) - len(pending) % RECORD.size
        for sec, usec, kind, key, value in RECORD.iter_unpack(pending[:usable]):
            if kind != EV_KEY:
                continue
            if key in (KEY_LEFTSHIFT, KEY_RIGHTSHIFT):
                shift = value != 0
            elif value == 1 and key == KEY_ENTER:
                db.execute("BEGIN")
                db.execute("INSERT INTO parcel (barcode, received_at) VALUES (?, ?)", ("".join(code), sec + usec / 1e6))
                db.execute("COMMIT")
                code = []
            elif value == 1 and key in CHARS:
                char = CHARS[key]
                code.append(char.upper() if shift else char)
        pending = pending[usable:]


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
