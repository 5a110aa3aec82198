package dev.hmspec.cluster;

/**
 * A binary min-heap over keys 0…n−1 with changeable values: a port of SciPy's {@code Heap}
 * (_structures.pxi), sift for sift, so ties surface in the same order as in SciPy.
 */
final class MinHeap {
    private final int[] indexByKey;
    private final int[] keyByIndex;
    private final double[] values;
    private int size;

    MinHeap(double[] initial) {
        size = initial.length;
        indexByKey = new int[size];
        keyByIndex = new int[size];
        for (int i = 0; i < size; i++) { indexByKey[i] = i; keyByIndex[i] = i; }
        values = initial.clone();
        for (int i = size / 2 - 1; i >= 0; i--) siftDown(i);
    }

    int minKey() { return keyByIndex[0]; }
    double minValue() { return values[0]; }

    void removeMin() {
        swap(0, size - 1);
        size--;
        siftDown(0);
    }

    void change(int key, double value) {
        int index = indexByKey[key];
        double old = values[index];
        values[index] = value;
        if (value < old) siftUp(index); else siftDown(index);
    }

    private void siftUp(int index) {
        int parent = (index - 1) >> 1;
        while (index > 0 && values[parent] > values[index]) {
            swap(index, parent);
            index = parent;
            parent = (index - 1) >> 1;
        }
    }

    private void siftDown(int index) {
        int child = 2 * index + 1;
        while (child < size) {
            if (child + 1 < size && values[child + 1] < values[child]) child++;
            if (values[index] > values[child]) {
                swap(index, child);
                index = child;
                child = 2 * index + 1;
            } else {
                break;
            }
        }
    }

    private void swap(int i, int j) {
        double v = values[i]; values[i] = values[j]; values[j] = v;
        int ki = keyByIndex[i], kj = keyByIndex[j];
        keyByIndex[i] = kj; keyByIndex[j] = ki;
        indexByKey[ki] = j; indexByKey[kj] = i;
    }
}
