# Writes an N x M float32 .npy matrix row band by row band (never the whole matrix in memory):
# a smooth field plus uniform noise, fixed seed. Usage: python3 gen-npy.py out.npy ROWS COLS
import sys
import numpy as np
from numpy.lib.format import open_memmap

out, rows, cols = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
m = open_memmap(out, mode='w+', dtype='<f4', shape=(rows, cols))
rng = np.random.default_rng(42)
x = np.arange(cols, dtype=np.float64) / max(1, cols - 1)
band = 500
for r0 in range(0, rows, band):
    y = (np.arange(r0, min(rows, r0 + band), dtype=np.float64) / max(1, rows - 1))[:, None]
    z = np.sin(3 * np.pi * x) * np.cos(2 * np.pi * y) + 0.8 * np.exp(-((x - .3) ** 2 + (y - .7) ** 2) / .02)
    z = z + rng.uniform(-0.1, 0.1, size=z.shape)
    m[r0:r0 + z.shape[0]] = z.astype('<f4')
m.flush()
del m
