/**
 * Engagement's storage port, for store authors: {@link io.sharehub.engagement.spi.EngagementStore}
 * and the records it deals in.
 */
package io.sharehub.engagement.spi;
