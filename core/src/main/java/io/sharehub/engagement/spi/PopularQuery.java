package io.sharehub.engagement.spi;

import io.sharehub.access.Viewer;
import io.sharehub.engagement.Statistic;
import java.time.Instant;

/**
 * The most-popular list as a store answers it: materials the viewer may list (the same predicate
 * as {@link io.sharehub.catalog.spi.CatalogQuery}), with their statistics over all time
 * ({@code plan == null}) or over the plan's range, sorted by {@code by} descending, then newest
 * (as {@link io.sharehub.catalog.SearchSort#NEWEST}), then id, and paged. Over a range,
 * {@link Statistic#FAVORITES} means favourites added.
 *
 * @param viewer who is looking
 * @param now the hub's current instant, which decides scheduled material
 * @param by the statistic to sort by
 * @param plan the range split into edge days and whole days, or {@code null} for all time
 * @param page the 0-based page
 * @param size the page size
 */
public record PopularQuery(Viewer viewer, Instant now, Statistic by, RangePlan plan, int page, int size) {
}
