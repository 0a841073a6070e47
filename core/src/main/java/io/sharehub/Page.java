package io.sharehub;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * One page of a list: its items, where it starts and the total over all pages.
 *
 * @param items the items on this page, in list order; fewer than {@code size} on the last page
 * @param page the 0-based page number
 * @param size the requested page size, 1 to 1,000
 * @param total the number of items on all pages together
 * @param <T> the item type
 */
public record Page<T>(List<T> items, int page, int size, long total) {
    /** The largest page size any list accepts. */
    public static final int MAX_SIZE = 1_000;

    /**
     * Copies the items and checks the numbers.
     */
    public Page {
        items = List.copyOf(items);
        if (page < 0 || size < 1 || total < 0) {
            throw new IllegalArgumentException("page " + page + ", size " + size + ", total " + total);
        }
    }

    /**
     * Checks a page request as every list does.
     *
     * @param page the 0-based page number
     * @param size the page size
     * @throws InvalidInputException if {@code page} is negative or {@code size} is not 1 to 1,000
     */
    public static void check(int page, int size) {
        if (page < 0) {
            throw new InvalidInputException("page", "must be 0 or more (pages are 0-based)", page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new InvalidInputException("size", "must be from 1 to " + MAX_SIZE, size);
        }
    }

    /**
     * @return the offset of this page's first item in the whole list
     */
    public long offset() {
        return (long) page * size;
    }

    /**
     * @return how many pages the whole list has; 0 when it is empty
     */
    public long totalPages() {
        return (total + size - 1) / size;
    }

    /**
     * @return whether a page follows this one
     */
    public boolean hasNext() {
        return offset() + items.size() < total;
    }

    /**
     * Maps the items and keeps the numbers.
     *
     * @param mapper turns one item into another
     * @param <R> the new item type
     * @return a page of the mapped items
     */
    public <R> Page<R> map(Function<? super T, ? extends R> mapper) {
        Objects.requireNonNull(mapper, "mapper");
        return new Page<>(items.stream().<R>map(mapper).toList(), page, size, total);
    }
}
