package io.sharehub.engagement.spi;

import io.sharehub.Page;
import io.sharehub.engagement.EventType;
import io.sharehub.engagement.MaterialStatsRow;
import io.sharehub.heat.HeatRow;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Engagement's storage port: events, the unique-viewer and favourite sets, counters with day
 * buckets, and heat accumulators. Called by the core inside {@link io.sharehub.store.Transactions}
 * of the same set, with checked arguments.
 *
 * <p>Every method that changes a set or a counter must be atomic on its own (an insert guarded
 * by a unique key, an {@code UPDATE ... SET n = n + ?}), so that two application instances over
 * one database count exactly. Implementations must be thread-safe.
 */
public interface EngagementStore {

    /**
     * @param eventIds event ids
     * @return the recorded events among them, by id
     */
    Map<String, StoredEvent> events(Collection<String> eventIds);

    /**
     * Inserts events whose ids are new. A store may write them in batches.
     *
     * @param events the events
     */
    void insertEvents(List<StoredEvent> events);

    /**
     * Adds a person to a material's viewers.
     *
     * @return {@code true} if the person had not viewed the material before
     */
    boolean addViewer(String materialId, String personId);

    /**
     * Sets or unsets a favourite.
     *
     * @param favorite {@code true} to set, {@code false} to unset
     * @param at when, for the order of the favourite list
     * @return whether the state changed
     */
    boolean setFavorite(String personId, String materialId, boolean favorite, Instant at);

    /**
     * Notes that a person favourited a material at least once, ever.
     *
     * @return {@code true} the first time for this pair
     */
    boolean markFirstFavorite(String personId, String materialId);

    /**
     * Adds to a material's all-time totals and to its bucket of one day, atomically.
     *
     * @param materialId the material
     * @param epochDay the hub-zone day of the events, as days since 1970-01-01
     * @param delta what to add; {@code uniqueViewers} and {@code favorites} go to the totals only
     */
    void addCounts(String materialId, long epochDay, Counts delta);

    /**
     * @param materialIds materials
     * @return their all-time totals; materials without any may be left out
     */
    Map<String, Counts> totals(Collection<String> materialIds);

    /**
     * @return the sum of a material's day buckets for days {@code [fromDay, endDay)}
     */
    Counts dayTotals(String materialId, long fromDay, long endDay);

    /**
     * Counts a material's events with {@code from <= at < to}, one by one (for the edge days of a
     * range): views, favourites added (FAVORITE events that changed the state), downloads,
     * shares. {@code uniqueViewers} and {@code favorites} are 0.
     */
    Counts eventCounts(String materialId, Instant from, Instant to);

    /**
     * @return the number of distinct people with a VIEW of the material with {@code from <= at < to}
     */
    long uniqueViewers(String materialId, Instant from, Instant to);

    /**
     * @param query the list to make
     * @return the page of rows with the total
     */
    Page<MaterialStatsRow> popular(PopularQuery query);

    /**
     * @param personId a person
     * @param types the types to include; empty for all
     * @param page the 0-based page
     * @param size the page size
     * @return the person's events, newest first (ties by event id)
     */
    Page<StoredEvent> history(String personId, Set<EventType> types, int page, int size);

    /**
     * @param personId a person
     * @return the materials the person currently favourites, most recently favourited first
     */
    List<String> favorites(String personId);

    /**
     * @return whether the person currently favourites the material
     */
    boolean isFavorite(String personId, String materialId);

    /**
     * Adds a value to a heat accumulator, atomically.
     *
     * @param subject person or material
     * @param id the person or material id
     * @param bucket the time bucket (see {@link HeatFormula})
     * @param value the value to add; negative to take back
     */
    void addHeat(HeatSubject subject, String id, long bucket, double value);

    /**
     * @return one subject's heat at an instant, by the formula
     */
    double heat(HeatSubject subject, String id, HeatFormula formula, Instant at);

    /**
     * Subjects by heat at an instant, hottest first, then id (code point order); subjects whose
     * heat is not above 0 are left out.
     *
     * @return the page of rows with the total
     */
    Page<HeatRow> heatRanking(HeatSubject subject, HeatFormula formula, Instant at, int page, int size);

    /**
     * Makes everything recorded for one person the other's: events, viewer sets (a material both
     * viewed loses one unique viewer), favourites (a material both favourite loses one favourite;
     * the earlier favourite stays), first-favourite marks, and person heat (added).
     */
    void mergePerson(String fromPersonId, String intoPersonId);
}
