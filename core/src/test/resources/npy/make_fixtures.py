# Generates the .npy fixtures of NpyReaderTest with NumPy (run once: python3 make_fixtures.py).
# Each matrix is m[r, c] = r * 10 + c - 5 (exact in every type below), with NaN at (1, 2) for floats.
import numpy as np

def base(rows=3, cols=4):
    r, c = np.mgrid[0:rows, 0:cols]
    return (r * 10 + c - 5).astype(np.float64)

for dt in ['<f4', '>f4', '<f8', '>f8', '|i1', '<i2', '>i4', '<i8', '|u1', '<u2', '>u4']:
    m = base()
    if dt[1] == 'u':
        m = m + 5
    if dt[1] == 'f':
        m[1, 2] = np.nan
    name = 'm_' + dt.replace('<', 'le_').replace('>', 'be_').replace('|', '') + '.npy'
    np.save(name, m.astype(np.dtype(dt)))

# versions 2.0 and 3.0 (written explicitly; np.save picks 1.0 for small headers)
from numpy.lib import format as fmt
for v in [(2, 0), (3, 0)]:
    with open('m_v%d.npy' % v[0], 'wb') as f:
        a = base().astype('<f4')
        fmt.write_array(f, a, version=v)

np.save('fortran.npy', np.asfortranarray(base().astype('<f4')))
np.save('three_d.npy', np.zeros((2, 3, 4), dtype='<f4'))
np.save('one_d.npy', np.zeros(5, dtype='<f4'))
np.save('complex.npy', np.zeros((2, 2), dtype='<c8'))
# a 2000 x 2000 float32 field for the browser tests lives in the test that needs it (generated in Java)
