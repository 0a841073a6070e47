package io.sharehub.fission;

import io.sharehub.InvalidInputException;
import java.time.Duration;
import java.util.Optional;

/**
 * A hub's fission options: the daily cap on referral points, how owners (所属人) bind, and the
 * optional fraud rules. All are off by default except first-touch owners.
 *
 * @param dailyCap the most referral points one account may earn per hub-zone day (all levels, all
 *     campaigns), or {@code null} for no cap; an award that would pass it is cut to what remains,
 *     then to 0, and the referral still counts in the graph and in {@code invited}
 * @param ownerMode how a person's owner is chosen
 * @param ownerExpiry how long an owner binding lasts, or {@code null} for ever; after it the owner
 *     is no longer shown and the next new referral binds again
 * @param referralBurst flag a sharer's new referral when it is more than {@code referralBurst} in
 *     {@code burstWindow} (0 for off)
 * @param burstWindow the window of the burst rule, or {@code null} when off
 * @param sameDevice flag a new referral whose visitor's device was seen before for another
 *     person, as the host marks devices on visits
 */
public record FissionConfig(Long dailyCap, OwnerMode ownerMode, Duration ownerExpiry, int referralBurst,
        Duration burstWindow, boolean sameDevice) {

    private static final FissionConfig DEFAULTS = new FissionConfig(null, OwnerMode.FIRST_TOUCH, null, 0, null, false);

    /** @throws InvalidInputException if a value is out of range */
    public FissionConfig {
        if (dailyCap != null && dailyCap < 0) {
            throw new InvalidInputException("dailyCap", "must be 0 or more", dailyCap);
        }
        if (ownerMode == null) {
            throw new InvalidInputException("ownerMode", "must be given", null);
        }
        if (ownerExpiry != null && (ownerExpiry.isNegative() || ownerExpiry.isZero())) {
            throw new InvalidInputException("ownerExpiry", "must be positive", ownerExpiry);
        }
        if (referralBurst < 0) {
            throw new InvalidInputException("referralBurst", "must be 0 (off) or more", referralBurst);
        }
        if (referralBurst > 0 && (burstWindow == null || burstWindow.isNegative() || burstWindow.isZero())) {
            throw new InvalidInputException("burstWindow", "must be positive when referralBurst is on", burstWindow);
        }
    }

    /** How a person's owner (所属人) is chosen, across the hub. */
    public enum OwnerMode {
        /** The sharer of the person's first new referral, kept (until expiry). The default. */
        FIRST_TOUCH,
        /** The sharer of the person's latest new referral. */
        LAST_TOUCH,
        /** Set only when the person is an anonymous visitor at that referral. */
        NEW_VISITORS_ONLY
    }

    /** @return no cap, first-touch owners kept for ever, no fraud rules */
    public static FissionConfig ofDefaults() {
        return DEFAULTS;
    }

    /** @return the daily cap, if set */
    public Optional<Long> dailyCapIfAny() {
        return Optional.ofNullable(dailyCap);
    }

    /** @param cap points per account per day, or {@code null} @return this config with that cap */
    public FissionConfig withDailyCap(Long cap) {
        return new FissionConfig(cap, ownerMode, ownerExpiry, referralBurst, burstWindow, sameDevice);
    }

    /** @param mode the owner mode @return this config with that mode */
    public FissionConfig withOwnerMode(OwnerMode mode) {
        return new FissionConfig(dailyCap, mode, ownerExpiry, referralBurst, burstWindow, sameDevice);
    }

    /** @param expiry how long a binding lasts, or {@code null} for ever @return this config with it */
    public FissionConfig withOwnerExpiry(Duration expiry) {
        return new FissionConfig(dailyCap, ownerMode, expiry, referralBurst, burstWindow, sameDevice);
    }

    /**
     * @param maxReferrals the most new referrals one sharer may bring in the window unflagged
     * @param window the window
     * @return this config with the burst rule on
     */
    public FissionConfig withReferralBurst(int maxReferrals, Duration window) {
        return new FissionConfig(dailyCap, ownerMode, ownerExpiry, maxReferrals, window, sameDevice);
    }

    /** @param on whether to flag referrals from a device seen for another person @return this config */
    public FissionConfig withSameDeviceRule(boolean on) {
        return new FissionConfig(dailyCap, ownerMode, ownerExpiry, referralBurst, burstWindow, on);
    }
}
