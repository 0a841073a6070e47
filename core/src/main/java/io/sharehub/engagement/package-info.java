/**
 * Engagement tracking: {@link io.sharehub.engagement.EngagementEvent events} (view, download,
 * favourite, unfavourite, share), per-material {@link io.sharehub.engagement.MaterialStats
 * statistics} over all time or any range, the most-popular list and each person's history.
 */
package io.sharehub.engagement;
