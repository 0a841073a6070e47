package io.sharehub.store.memory;

import java.util.Arrays;

/** A sorted set of ints in one growable array: posting lists of the in-memory search index. */
final class IntSet {
    private int[] values = new int[4];
    private int size;

    int size() {
        return size;
    }

    int get(int index) {
        return values[index];
    }

    void add(int value) {
        if (size > 0 && values[size - 1] < value) {
            append(value);
            return;
        }
        int at = Arrays.binarySearch(values, 0, size, value);
        if (at >= 0) {
            return;
        }
        int insert = -at - 1;
        ensure();
        System.arraycopy(values, insert, values, insert + 1, size - insert);
        values[insert] = value;
        size++;
    }

    void remove(int value) {
        int at = Arrays.binarySearch(values, 0, size, value);
        if (at >= 0) {
            System.arraycopy(values, at + 1, values, at, size - at - 1);
            size--;
        }
    }

    boolean contains(int value) {
        return Arrays.binarySearch(values, 0, size, value) >= 0;
    }

    private void append(int value) {
        ensure();
        values[size++] = value;
    }

    private void ensure() {
        if (size == values.length) {
            values = Arrays.copyOf(values, size * 2);
        }
    }

    /** Intersects sets, smallest first, into a sorted array. */
    static int[] intersect(IntSet[] sets) {
        Arrays.sort(sets, (a, b) -> Integer.compare(a.size, b.size));
        IntSet smallest = sets[0];
        int[] out = new int[smallest.size];
        int n = 0;
        outer:
        for (int i = 0; i < smallest.size; i++) {
            int value = smallest.values[i];
            for (int s = 1; s < sets.length; s++) {
                if (!sets[s].contains(value)) {
                    continue outer;
                }
            }
            out[n++] = value;
        }
        return Arrays.copyOf(out, n);
    }
}
