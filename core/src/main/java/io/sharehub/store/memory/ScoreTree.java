package io.sharehub.store.memory;

import java.util.Arrays;

/**
 * The distinct point totals of one board, highest first, each with how many rows have it. Ranks
 * come from here: the competition rank of {@code p} is 1 + the rows above it, the dense rank 1 +
 * the distinct totals above it, both counted by {@link #above} in one walk.
 *
 * <p>Array-backed so that a walk touches a few cache lines instead of one node per level: the
 * totals are kept in blocks of at most {@value #CAPACITY} sorted totals, each with the running sum
 * of its counts, and two Fenwick trees over the blocks give the rows and the distinct totals of
 * the blocks before a given one. A walk is a binary search over the blocks' first totals, a
 * Fenwick prefix of O(log b) and a binary search in one block; a change is O(log b + block size),
 * plus O(b) when a block splits, empties or merges with a neighbour.
 */
final class ScoreTree {
    /** The most totals in one block by default; a full block splits in two halves. */
    static final int CAPACITY = 512;

    private final int capacity;
    /** A block with fewer totals merges with a neighbour when both fit in half a block. */
    private final int small;

    /** The blocks' totals, highest first: {@code keys[b][0..sizes[b])}. */
    private long[][] keys = new long[4][];
    /** {@code sums[b][i]}: the rows with the totals {@code keys[b][0..i]}. */
    private int[][] sums = new int[4][];
    private int[] sizes = new int[4];
    /** {@code firsts[b] == keys[b][0]}, in one array for the search of the block. */
    private long[] firsts = new long[4];
    private int blocks;
    /** Fenwick trees (1-based) over the blocks' row counts and sizes. */
    private long[] fenwickRows = new long[5];
    private int[] fenwickDistinct = new int[5];
    private long rows;

    ScoreTree() {
        this(CAPACITY);
    }

    /** @param capacity the most totals in one block, at least 8 (small ones test the splits) */
    ScoreTree(int capacity) {
        if (capacity < 8) {
            throw new IllegalArgumentException("capacity must be at least 8: " + capacity);
        }
        this.capacity = capacity;
        this.small = capacity / 4;
    }

    /** @return how many rows the board holds */
    long rows() {
        return rows;
    }

    /** @return how many distinct totals the board holds */
    int distinct() {
        int n = 0;
        for (int b = 0; b < blocks; b++) {
            n += sizes[b];
        }
        return n;
    }

    /** @return how many blocks the totals are kept in (for tests of the splits and merges) */
    int blocks() {
        return blocks;
    }

    /**
     * Counts the rows with more than {@code points}, and the distinct totals more than it.
     *
     * @return the rows above in the high 32 bits, the distinct totals above in the low 32 bits;
     *     read them with {@link #rowsAbove(long)} and {@link #distinctAbove(long)}
     */
    long above(long points) {
        int after = blocksAbove(points);
        if (after == 0) {
            return 0;
        }
        int b = after - 1;
        long rowsAbove = 0;
        int distinctAbove = 0;
        for (int i = b; i > 0; i -= i & -i) {
            rowsAbove += fenwickRows[i];
            distinctAbove += fenwickDistinct[i];
        }
        int inBlock = higher(keys[b], sizes[b], points);
        rowsAbove += sums[b][inBlock - 1];
        distinctAbove += inBlock;
        return rowsAbove << 32 | distinctAbove;
    }

    static long rowsAbove(long above) {
        return above >>> 32;
    }

    static long distinctAbove(long above) {
        return above & 0xFFFF_FFFFL;
    }

    /** Adds {@code delta} rows with {@code points}; a total left with no rows is dropped. */
    void add(long points, int delta) {
        if (delta == 0) {
            return;
        }
        if (blocks == 0) {
            if (delta < 0) {
                throw new IllegalStateException("no row has " + points + " points");
            }
            keys[0] = new long[capacity];
            sums[0] = new int[capacity];
            blocks = 1;
            rebuild();
            insertAt(0, 0, points, delta);
            rows += delta;
            return;
        }
        // The block that holds the total, or would: the last whose first total is not below it.
        int b = Math.max(0, blocksAtLeast(points) - 1);
        long[] k = keys[b];
        int size = sizes[b];
        int i = higher(k, size, points);
        if (i < size && k[i] == points) {
            int count = sums[b][i] - (i == 0 ? 0 : sums[b][i - 1]) + delta;
            if (count < 0) {
                throw new IllegalStateException("fewer than " + -delta + " rows have " + points + " points");
            }
            if (count > 0) {
                addFrom(sums[b], i, size, delta);
                fenwickAdd(b, delta, 0);
            } else {
                removeAt(b, i, delta);
            }
        } else if (delta < 0) {
            throw new IllegalStateException("no row has " + points + " points");
        } else {
            insertAt(b, i, points, delta);
        }
        rows += delta;
    }

    /** @return how many blocks have a first total more than {@code points} */
    private int blocksAbove(long points) {
        int lo = 0;
        int hi = blocks;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (firsts[mid] > points) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return how many blocks have a first total of at least {@code points} */
    private int blocksAtLeast(long points) {
        int lo = 0;
        int hi = blocks;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (firsts[mid] >= points) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** @return how many of {@code k[0..size)} (descending) are more than {@code points} */
    private static int higher(long[] k, int size, long points) {
        int lo = 0;
        int hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (k[mid] > points) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    private static void addFrom(int[] sum, int from, int size, int delta) {
        for (int j = from; j < size; j++) {
            sum[j] += delta;
        }
    }

    private void insertAt(int b, int i, long points, int count) {
        long[] k = keys[b];
        int[] sum = sums[b];
        int size = sizes[b];
        System.arraycopy(k, i, k, i + 1, size - i);
        System.arraycopy(sum, i, sum, i + 1, size - i);
        k[i] = points;
        sum[i] = i == 0 ? 0 : sum[i - 1];
        addFrom(sum, i, size + 1, count);
        sizes[b] = size + 1;
        firsts[b] = k[0];
        fenwickAdd(b, count, 1);
        if (size + 1 == capacity) {
            split(b);
        }
    }

    private void removeAt(int b, int i, int delta) {
        long[] k = keys[b];
        int[] sum = sums[b];
        int size = sizes[b];
        System.arraycopy(k, i + 1, k, i, size - i - 1);
        System.arraycopy(sum, i + 1, sum, i, size - i - 1);
        sizes[b] = --size;
        addFrom(sum, i, size, delta);
        if (size == 0) {
            removeBlock(b);
            return;
        }
        firsts[b] = k[0];
        fenwickAdd(b, delta, -1);
        if (size < small) {
            if (b + 1 < blocks && size + sizes[b + 1] <= capacity / 2) {
                merge(b);
            } else if (b > 0 && size + sizes[b - 1] <= capacity / 2) {
                merge(b - 1);
            }
        }
    }

    /** Splits the full block {@code b} into two halves. */
    private void split(int b) {
        openBlock(b + 1);
        int half = capacity / 2;
        long[] k = keys[b];
        int[] sum = sums[b];
        long[] nk = new long[capacity];
        int[] ns = new int[capacity];
        int base = sum[half - 1];
        for (int j = half; j < capacity; j++) {
            nk[j - half] = k[j];
            ns[j - half] = sum[j] - base;
        }
        keys[b + 1] = nk;
        sums[b + 1] = ns;
        sizes[b + 1] = capacity - half;
        sizes[b] = half;
        firsts[b + 1] = nk[0];
        rebuild();
    }

    /** Moves block {@code b + 1} into block {@code b}. */
    private void merge(int b) {
        long[] k = keys[b];
        int[] sum = sums[b];
        int size = sizes[b];
        int base = size == 0 ? 0 : sum[size - 1];
        long[] nk = keys[b + 1];
        int[] ns = sums[b + 1];
        for (int j = 0; j < sizes[b + 1]; j++) {
            k[size + j] = nk[j];
            sum[size + j] = ns[j] + base;
        }
        sizes[b] = size + sizes[b + 1];
        closeBlock(b + 1);
        rebuild();
    }

    private void removeBlock(int b) {
        closeBlock(b);
        rebuild();
    }

    private void openBlock(int b) {
        if (blocks == keys.length) {
            int capacity = blocks * 2;
            keys = Arrays.copyOf(keys, capacity);
            sums = Arrays.copyOf(sums, capacity);
            sizes = Arrays.copyOf(sizes, capacity);
            firsts = Arrays.copyOf(firsts, capacity);
        }
        System.arraycopy(keys, b, keys, b + 1, blocks - b);
        System.arraycopy(sums, b, sums, b + 1, blocks - b);
        System.arraycopy(sizes, b, sizes, b + 1, blocks - b);
        System.arraycopy(firsts, b, firsts, b + 1, blocks - b);
        blocks++;
    }

    private void closeBlock(int b) {
        System.arraycopy(keys, b + 1, keys, b, blocks - b - 1);
        System.arraycopy(sums, b + 1, sums, b, blocks - b - 1);
        System.arraycopy(sizes, b + 1, sizes, b, blocks - b - 1);
        System.arraycopy(firsts, b + 1, firsts, b, blocks - b - 1);
        blocks--;
        keys[blocks] = null;
        sums[blocks] = null;
    }

    /** Rebuilds both Fenwick trees from the blocks, in O(blocks). */
    private void rebuild() {
        if (fenwickRows.length < blocks + 1) {
            fenwickRows = new long[keys.length + 1];
            fenwickDistinct = new int[keys.length + 1];
        }
        Arrays.fill(fenwickRows, 0);
        Arrays.fill(fenwickDistinct, 0);
        for (int b = 0; b < blocks; b++) {
            int i = b + 1;
            fenwickRows[i] += sizes[b] == 0 ? 0 : sums[b][sizes[b] - 1];
            fenwickDistinct[i] += sizes[b];
            int parent = i + (i & -i);
            if (parent <= blocks) {
                fenwickRows[parent] += fenwickRows[i];
                fenwickDistinct[parent] += fenwickDistinct[i];
            }
        }
    }

    private void fenwickAdd(int b, long rowsDelta, int distinctDelta) {
        for (int i = b + 1; i <= blocks; i += i & -i) {
            fenwickRows[i] += rowsDelta;
            fenwickDistinct[i] += distinctDelta;
        }
    }
}
