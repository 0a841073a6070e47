/**
 * Fission (viral sharing) tracking: {@link io.sharehub.fission.Campaign campaigns}, {@link
 * io.sharehub.fission.Share shares} with signed tokens, {@link io.sharehub.fission.VisitRequest
 * visits}, the {@link io.sharehub.fission.ShareGraph share graph}, three-level {@link
 * io.sharehub.fission.RewardRule rewards} and {@link io.sharehub.fission.FissionListener
 * listeners}. Reach it through {@link io.sharehub.ShareHub#fission()}.
 */
package io.sharehub.fission;
