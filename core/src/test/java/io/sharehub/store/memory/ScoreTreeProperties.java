package io.sharehub.store.memory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

class ScoreTreeProperties {

    /**
     * Rows move between totals (one leaves its total, then joins another) as on a board, with few
     * or many distinct totals, small blocks so that they split, empty and merge: after every
     * change, both ranks of every total (held or not) equal counts over a plain multiset.
     */
    @Property(tries = 200)
    void bothRanksEqualBruteForceCounts(@ForAll long seed, @ForAll @IntRange(min = 1, max = 400) int range,
            @ForAll @IntRange(min = 8, max = 24) int capacity, @ForAll @IntRange(min = 1, max = 600) int changes) {
        Random random = new Random(seed);
        ScoreTree tree = new ScoreTree(capacity);
        TreeMap<Long, Integer> counts = new TreeMap<>();
        long[] rows = new long[Math.max(1, changes / 2)];
        boolean[] listed = new boolean[rows.length];
        int maxBlocks = 0;
        for (int step = 0; step < changes; step++) {
            int row = random.nextInt(rows.length);
            if (listed[row]) {
                tree.add(rows[row], -1);
                counts.merge(rows[row], -1, Integer::sum);
                counts.remove(rows[row], 0);
            }
            listed[row] = random.nextInt(8) != 0;
            if (listed[row]) {
                // Totals of either sign, in a window that drifts up so that blocks empty at the low end.
                rows[row] = random.nextInt(range) - range / 3 + step / 4;
                tree.add(rows[row], 1);
                counts.merge(rows[row], 1, Integer::sum);
            }
            maxBlocks = Math.max(maxBlocks, tree.blocks());
            long probe = random.nextInt(range + 2) - range / 3 - 1 + step / 4;
            assertRanks(tree, counts, probe);
            assertRanks(tree, counts, rows[row]);
        }
        for (long probe : counts.keySet()) {
            assertRanks(tree, counts, probe);
        }
        assertThat(tree.rows()).isEqualTo(counts.values().stream().mapToLong(Integer::longValue).sum());
        assertThat(tree.distinct()).isEqualTo(counts.size());
        assertThat(tree.blocks()).isLessThanOrEqualTo(Math.max(1, counts.size()));
    }

    @Property(tries = 50)
    void extremeTotals(@ForAll @LongRange(min = Long.MIN_VALUE, max = Long.MAX_VALUE) long a,
            @ForAll long b) {
        ScoreTree tree = new ScoreTree(8);
        TreeMap<Long, Integer> counts = new TreeMap<>();
        for (long p : new long[] {a, b, Long.MAX_VALUE, Long.MIN_VALUE, a}) {
            tree.add(p, 1);
            counts.merge(p, 1, Integer::sum);
        }
        for (long probe : new long[] {a, b, Long.MAX_VALUE, Long.MIN_VALUE, 0}) {
            assertRanks(tree, counts, probe);
        }
    }

    private static void assertRanks(ScoreTree tree, TreeMap<Long, Integer> counts, long probe) {
        long rowsAbove = 0;
        for (Map.Entry<Long, Integer> e : counts.tailMap(probe, false).entrySet()) {
            rowsAbove += e.getValue();
        }
        long distinctAbove = counts.tailMap(probe, false).size();
        long above = tree.above(probe);
        assertThat(ScoreTree.rowsAbove(above)).as("rows above %d", probe).isEqualTo(rowsAbove);
        assertThat(ScoreTree.distinctAbove(above)).as("distinct above %d", probe).isEqualTo(distinctAbove);
    }
}
