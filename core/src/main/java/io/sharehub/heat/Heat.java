package io.sharehub.heat;

import io.sharehub.Page;
import java.time.Instant;

/**
 * Heat scores (热度值): how warm a person is for sales, and how hot a material is, from what
 * people do. Weights and the half-life come from the hub's {@link HeatConfig}. Every score is
 * computed as of the instant asked, whatever was written since.
 *
 * <p>Thread-safe.
 */
public interface Heat {

    /**
     * @param personId a person
     * @return their heat now
     */
    double ofPerson(String personId);

    /**
     * @param personId a person
     * @param at the instant to compute it for
     * @return their heat as of that instant
     */
    double ofPerson(String personId, Instant at);

    /**
     * @param materialId a material
     * @return its heat now, from the events on it
     */
    double ofMaterial(String materialId);

    /**
     * @param materialId a material
     * @param at the instant to compute it for
     * @return its heat as of that instant
     */
    double ofMaterial(String materialId, Instant at);

    /**
     * People by heat now, hottest first, then id; people with heat 0 are not listed. For
     * administrators.
     *
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of rows with the total
     */
    Page<HeatRow> people(int page, int size);

    /**
     * People by heat as of an instant.
     *
     * @param at the instant
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of rows with the total
     */
    Page<HeatRow> people(Instant at, int page, int size);

    /**
     * Materials by heat now, hottest first, then id; materials with heat 0 are not listed. For
     * administrators.
     *
     * @param page the 0-based page
     * @param size the page size, 1 to 1,000
     * @return the page of rows with the total
     */
    Page<HeatRow> materials(int page, int size);
}
