/**
 * ShareHub's entry point: {@link io.sharehub.ShareHub#builder()} wires stores, clock and zone,
 * and the built hub hands out the domain APIs (catalog, access, engagement, fission, points,
 * reports). The root exception {@link io.sharehub.ShareHubException} and the small shared values
 * ({@link io.sharehub.Page}, {@link io.sharehub.TimeRange}, {@link io.sharehub.Ids}) live here.
 */
package io.sharehub;
