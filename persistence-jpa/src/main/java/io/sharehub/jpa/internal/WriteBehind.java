package io.sharehub.jpa.internal;

/**
 * A store that holds some writes back until the end of a ShareHub operation and then writes them
 * sorted by key, so that every transaction locks counter rows in one fixed order and two
 * operations touching the same rows in opposite orders cannot deadlock. The transactions call
 * {@link #flush()} at the end of every outermost write (before committing, or before handing a
 * joined host transaction back) and {@link #discard()} after every outermost unit of work, failed
 * or not, so that nothing a store remembers outlives the call. A store also flushes before it
 * reads what it holds back.
 */
public interface WriteBehind {

    /** Writes what the current transaction holds back. */
    void flush();

    /** Forgets what the current thread holds back or remembers about the current transaction. */
    void discard();
}
