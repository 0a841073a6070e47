/**
 * The administrators' lists as exportable {@link io.sharehub.export.Report reports}: material
 * statistics, heat, promoters and their visitors, the share graph, leaderboards, the ledger and
 * flagged referrals. Reach them through {@link io.sharehub.ShareHub#reports()}.
 */
package io.sharehub.report;
