package io.sharehub.store.memory;

import java.util.concurrent.ThreadLocalRandom;

/**
 * The distinct point totals of one board, highest first, each with how many rows have it, in a
 * treap whose nodes know their subtree's row count and distinct count. Ranks come from here in
 * O(log d), d the number of distinct totals: the competition rank of {@code p} is 1 + the rows
 * above it, the dense rank 1 + the distinct totals above it.
 */
final class ScoreTree {
    private static final class Node {
        final long points;
        int count;
        int priority = ThreadLocalRandom.current().nextInt();
        Node left;
        Node right;
        long rows;
        int distinct;

        Node(long points, int count) {
            this.points = points;
            this.count = count;
            this.rows = count;
            this.distinct = 1;
        }
    }

    private Node root;

    /** Adds {@code delta} (+1 or -1) rows with {@code points}. */
    void add(long points, int delta) {
        root = add(root, points, delta);
    }

    /** @return how many rows have more than {@code points} */
    long rowsAbove(long points) {
        long sum = 0;
        Node t = root;
        while (t != null) {
            if (t.points > points) {
                sum += rows(t.left) + t.count;
                t = t.right;
            } else {
                t = t.left;
            }
        }
        return sum;
    }

    /** @return how many distinct totals are more than {@code points} */
    long distinctAbove(long points) {
        long sum = 0;
        Node t = root;
        while (t != null) {
            if (t.points > points) {
                sum += distinct(t.left) + 1;
                t = t.right;
            } else {
                t = t.left;
            }
        }
        return sum;
    }

    private static long rows(Node t) {
        return t == null ? 0 : t.rows;
    }

    private static int distinct(Node t) {
        return t == null ? 0 : t.distinct;
    }

    private static void update(Node t) {
        t.rows = t.count + rows(t.left) + rows(t.right);
        t.distinct = 1 + distinct(t.left) + distinct(t.right);
    }

    private static Node add(Node t, long points, int delta) {
        if (t == null) {
            if (delta <= 0) {
                throw new IllegalStateException("no row has " + points + " points");
            }
            return new Node(points, delta);
        }
        if (points == t.points) {
            t.count += delta;
            if (t.count == 0) {
                return merge(t.left, t.right);
            }
            update(t);
            return t;
        }
        // Higher totals to the left.
        if (points > t.points) {
            t.left = add(t.left, points, delta);
            update(t);
            if (t.left != null && t.left.priority > t.priority) {
                t = rotateRight(t);
            }
        } else {
            t.right = add(t.right, points, delta);
            update(t);
            if (t.right != null && t.right.priority > t.priority) {
                t = rotateLeft(t);
            }
        }
        return t;
    }

    private static Node merge(Node a, Node b) {
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

    private static Node rotateRight(Node t) {
        Node l = t.left;
        t.left = l.right;
        update(t);
        l.right = t;
        update(l);
        return l;
    }

    private static Node rotateLeft(Node t) {
        Node r = t.right;
        t.right = r.left;
        update(t);
        r.left = t;
        update(r);
        return r;
    }
}
