/** The points ledger's and the leaderboards' implementation. Not API. */
package io.sharehub.points.internal;
