package io.sharehub.catalog.spi;

import io.sharehub.access.AccessRule;
import io.sharehub.catalog.Material;

/**
 * A material as a store keeps it: the material and its effective access rule, which the core
 * computes from the material and its categories and keeps current.
 *
 * @param material the material
 * @param rule its effective rule
 */
public record MaterialRecord(Material material, AccessRule rule) {
}
