package io.sharehub.engagement;

import io.sharehub.catalog.Material;

/**
 * One row of the most-popular list.
 *
 * @param material the material
 * @param stats its statistics over the list's scope
 */
public record MaterialStatsRow(Material material, MaterialStats stats) {
}
