package io.sharehub.engagement;

import io.sharehub.Page;
import io.sharehub.TimeRange;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.Material;
import java.util.List;
import java.util.Set;

/**
 * Engagement tracking: what people do with materials, and the statistics that tell marketing which
 * material works.
 *
 * <p>Access decides first: an action the viewer may not take returns the denial and records
 * nothing, not even its id, so a retry after the visitor registers is judged anew. Counters and
 * per-day buckets are updated with the events, so statistics over a range are answered from
 * whole-day buckets plus the events of its two edge days. Days are the hub zone's.
 *
 * <p>Thread-safe.
 */
public interface Engagement {

    /**
     * Records one event.
     *
     * @param event the event
     * @return {@code RECORDED}, {@code REPEATED} (same id and payload recorded before) or
     *     {@code DENIED} with the access decision
     * @throws io.sharehub.InvalidInputException if a field is missing or blank, or the instant is
     *     more than five minutes after the hub's clock
     * @throws io.sharehub.IdempotencyConflictException if the id was recorded with another payload
     */
    EventOutcome record(EngagementEvent event);

    /**
     * Records a batch: the whole batch is checked first (a malformed event fails the batch and
     * nothing is stored), then each event is judged on its own and gets its own outcome. A repeated
     * id inside the batch counts once; a conflicting one gets {@code CONFLICT}.
     *
     * @param events the events, in order
     * @return one outcome per event, in the same order
     */
    List<EventOutcome> recordAll(List<EngagementEvent> events);

    /**
     * @param materialId a material
     * @return its statistics over all time; zero for an unknown material
     */
    MaterialStats stats(String materialId);

    /**
     * @param materialId a material
     * @param range the instants {@code [from, to)}, exact to the nanosecond
     * @return its statistics over the range
     */
    MaterialStats stats(String materialId, TimeRange range);

    /**
     * The most-popular list: materials the viewer may list, by one statistic, most first; ties by
     * newest, then id.
     *
     * @param viewer who is looking (an administrator sees every material)
     * @param by the statistic to sort by
     * @param range the range, or {@code null} for all time
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of rows with the total
     */
    Page<MaterialStatsRow> popular(Viewer viewer, Statistic by, TimeRange range, int page, int size);

    /**
     * A person's own history, newest first.
     *
     * @param personId the person
     * @param types the event types to include; empty for all
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of events
     */
    Page<HistoryEntry> history(String personId, Set<EventType> types, int page, int size);

    /**
     * A person's favourite list, most recently favourited first, holding only what they may still
     * list.
     *
     * @param viewer the person
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of materials
     */
    Page<Material> favorites(Viewer viewer, int page, int size);

    /**
     * @param personId a person
     * @param materialId a material
     * @return whether the person currently favourites the material
     */
    boolean isFavorite(String personId, String materialId);
}
