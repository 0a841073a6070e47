package io.sharehub.store.memory;

import java.util.ArrayDeque;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * An order-statistic treap of {@link CounterRow}s in board order, each node knowing its subtree's
 * size: a row's position and the row at any position are found in O(log n), and n consecutive
 * rows are walked in O(log n + n). A row must leave the tree before its points, invited or
 * reachedAt change, and come back after.
 */
final class RankTree {
    private CounterRow root;

    int size() {
        return size(root);
    }

    void insert(CounterRow row) {
        row.left = null;
        row.right = null;
        row.size = 1;
        row.priority = ThreadLocalRandom.current().nextInt();
        root = insert(root, row);
    }

    void remove(CounterRow row) {
        root = remove(root, row);
        row.left = null;
        row.right = null;
    }

    /** Visits up to {@code limit} rows in board order, starting at 0-based position {@code offset}. */
    void visit(long offset, int limit, Consumer<CounterRow> visitor) {
        ArrayDeque<CounterRow> stack = new ArrayDeque<>();
        CounterRow t = root;
        long k = offset;
        while (t != null) {
            int leftSize = size(t.left);
            if (k < leftSize) {
                stack.push(t);
                t = t.left;
            } else if (k == leftSize) {
                stack.push(t);
                break;
            } else {
                k -= leftSize + 1;
                t = t.right;
            }
        }
        int left = limit;
        while (left > 0 && !stack.isEmpty()) {
            CounterRow row = stack.pop();
            visitor.accept(row);
            left--;
            for (CounterRow c = row.right; c != null; c = c.left) {
                stack.push(c);
            }
        }
    }

    private static int size(CounterRow t) {
        return t == null ? 0 : t.size;
    }

    private static void update(CounterRow t) {
        t.size = 1 + size(t.left) + size(t.right);
    }

    private static CounterRow insert(CounterRow t, CounterRow row) {
        if (t == null) {
            return row;
        }
        if (CounterRow.compare(row, t) < 0) {
            t.left = insert(t.left, row);
            update(t);
            if (t.left.priority > t.priority) {
                t = rotateRight(t);
            }
        } else {
            t.right = insert(t.right, row);
            update(t);
            if (t.right.priority > t.priority) {
                t = rotateLeft(t);
            }
        }
        return t;
    }

    private static CounterRow remove(CounterRow t, CounterRow row) {
        if (t == null) {
            throw new IllegalStateException("row " + row.id + " is not in the tree");
        }
        if (t == row) {
            return merge(t.left, t.right);
        }
        if (CounterRow.compare(row, t) < 0) {
            t.left = remove(t.left, row);
        } else {
            t.right = remove(t.right, row);
        }
        update(t);
        return t;
    }

    private static CounterRow merge(CounterRow a, CounterRow b) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        if (a.priority > b.priority) {
            a.right = merge(a.right, b);
            update(a);
            return a;
        }
        b.left = merge(a, b.left);
        update(b);
        return b;
    }

    private static CounterRow rotateRight(CounterRow t) {
        CounterRow l = t.left;
        t.left = l.right;
        update(t);
        l.right = t;
        update(l);
        return l;
    }

    private static CounterRow rotateLeft(CounterRow t) {
        CounterRow r = t.right;
        t.right = r.left;
        update(t);
        r.left = t;
        update(r);
        return r;
    }
}
