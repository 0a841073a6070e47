package io.sharehub.report.internal;

import io.sharehub.Page;
import io.sharehub.export.Column;
import io.sharehub.export.Report;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * A report that reads its list a page at a time while a writer writes it, so memory does not grow
 * with the list.
 *
 * @param <T> the list's item type
 */
final class PagedReport<T> implements Report {
    static final int PAGE = 1_000;

    /** Reads one page of the list. */
    interface Pager<T> {
        Page<T> page(int page, int size);
    }

    private final String title;
    private final ZoneId zone;
    private final List<Column> columns;
    private final Pager<T> pager;
    private final Function<List<T>, List<List<Object>>> rows;

    PagedReport(String title, ZoneId zone, List<Column> columns, Pager<T> pager,
            Function<List<T>, List<List<Object>>> rows) {
        this.title = title;
        this.zone = zone;
        this.columns = List.copyOf(columns);
        this.pager = pager;
        this.rows = rows;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public ZoneId zone() {
        return zone;
    }

    @Override
    public List<Column> columns() {
        return columns;
    }

    @Override
    public void forEachRow(Consumer<? super List<Object>> action) {
        for (int page = 0; ; page++) {
            Page<T> items = pager.page(page, PAGE);
            rows.apply(items.items()).forEach(action);
            if (!items.hasNext() || items.items().isEmpty()) {
                return;
            }
        }
    }
}
