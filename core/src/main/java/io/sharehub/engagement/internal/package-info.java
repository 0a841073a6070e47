/** Engagement tracking's implementation. Not API. */
package io.sharehub.engagement.internal;
