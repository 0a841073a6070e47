package io.sharehub.heat;

/**
 * One row of a heat list.
 *
 * @param id the person or material id
 * @param heat the heat as of the list's instant
 */
public record HeatRow(String id, double heat) {
}
