#!/usr/bin/env python3
"""Writes the big-grid benchmark inputs, deterministically (fixed seed, fixed formatting).

  gen-grids.py wide OUT.csv ROWS COLS   # header: gene,s0,s1,...; one row per gene; 4-decimal values (~74 MB at 1000 x 10,000)
  gen-grids.py long OUT.csv NX NY       # header: x,y,value; NX*NY rows
Values are a smooth field plus noise, like real matrices, so compression is neither trivial nor hopeless.
"""
import math, random, sys

def value(rnd, i, j):
    return math.sin(i / 37.0) * math.cos(j / 53.0) * 2 + rnd.gauss(0, 0.5)

def wide(path, rows, cols):
    rnd = random.Random(42)
    with open(path, "w", newline="") as f:
        f.write("gene," + ",".join("s%d" % j for j in range(cols)) + "\n")
        for i in range(rows):
            f.write("g%d," % i + ",".join("%.4f" % value(rnd, i, j) for j in range(cols)) + "\n")

def long(path, nx, ny):
    rnd = random.Random(42)
    with open(path, "w", newline="") as f:
        f.write("x,y,value\n")
        for y in range(ny):
            f.write("".join("%d,%d,%.3f\n" % (x, y, value(rnd, y, x)) for x in range(nx)))

if __name__ == "__main__":
    kind, out, a, b = sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4])
    (wide if kind == "wide" else long)(out, a, b)
