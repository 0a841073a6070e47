package io.sharehub.heat;

import io.sharehub.InvalidInputException;
import io.sharehub.engagement.EventType;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How heat (热度值) is scored: a weight per action and an optional half-life.
 *
 * <p>Without a half-life a person's heat is the plain weighted sum of what they did. With one,
 * an event of age {@code a} at the query instant counts {@code weight × 0.5^(a / halfLife)}. Heat
 * is always computed as of the query instant, never frozen at write time. A FAVORITE scores only
 * the first time a person ever favourites a given material, so toggling farms nothing; UNFAVORITE
 * scores nothing.
 *
 * <p>Changing the weights or the half-life of a hub that already holds events affects new events
 * only; see {@code docs/statistics-and-heat.md}.
 *
 * @param view weight of a VIEW, 1 by default
 * @param download weight of a DOWNLOAD, 3 by default
 * @param share weight of a SHARE, 5 by default
 * @param favorite weight of a person's first FAVORITE of a material, 2 by default
 * @param referral weight of each new referral a person's links bring (level 1), 2 by default
 * @param halfLife the half-life, or {@code null} for none (the default)
 */
public record HeatConfig(double view, double download, double share, double favorite, double referral,
        Duration halfLife) {

    private static final HeatConfig DEFAULTS = new HeatConfig(1, 3, 5, 2, 2, null);

    /**
     * @throws InvalidInputException if a weight is negative or not finite, or the half-life is not
     *     positive
     */
    public HeatConfig {
        weight("view", view);
        weight("download", download);
        weight("share", share);
        weight("favorite", favorite);
        weight("referral", referral);
        if (halfLife != null && (halfLife.isNegative() || halfLife.isZero())) {
            throw new InvalidInputException("halfLife", "must be positive", halfLife);
        }
    }

    /** @return VIEW 1, DOWNLOAD 3, SHARE 5, FAVORITE 2, referral 2, no half-life */
    public static HeatConfig ofDefaults() {
        return DEFAULTS;
    }

    /** @return a builder starting from the defaults */
    public static Builder custom() {
        return new Builder(DEFAULTS);
    }

    /**
     * @param base the config to start from
     * @return a builder starting from it
     */
    public static Builder from(HeatConfig base) {
        return new Builder(Objects.requireNonNull(base, "base"));
    }

    /** @return the half-life, if heat decays */
    public Optional<Duration> halfLifeIfAny() {
        return Optional.ofNullable(halfLife);
    }

    /**
     * @param type an event type
     * @return its weight; the FAVORITE weight applies only to a first favourite
     */
    public double weight(EventType type) {
        return switch (type) {
            case VIEW -> view;
            case DOWNLOAD -> download;
            case SHARE -> share;
            case FAVORITE -> favorite;
            case UNFAVORITE -> 0;
        };
    }

    private static void weight(String field, double value) {
        if (!(value >= 0) || Double.isInfinite(value)) {
            throw new InvalidInputException(field, "must be a finite weight of 0 or more", value);
        }
    }

    /** Builds a {@link HeatConfig}; each setter checks its input. */
    public static final class Builder {
        private double view;
        private double download;
        private double share;
        private double favorite;
        private double referral;
        private Duration halfLife;

        private Builder(HeatConfig base) {
            view = base.view;
            download = base.download;
            share = base.share;
            favorite = base.favorite;
            referral = base.referral;
            halfLife = base.halfLife;
        }

        /**
         * @param type the action
         * @param weight its weight, 0 or more
         * @return this builder
         */
        public Builder weight(EventType type, double weight) {
            switch (type) {
                case VIEW -> view = weight;
                case DOWNLOAD -> download = weight;
                case SHARE -> share = weight;
                case FAVORITE -> favorite = weight;
                case UNFAVORITE -> throw new InvalidInputException("type", "must be an action that scores", type);
            }
            new HeatConfig(view, download, share, favorite, referral, halfLife);
            return this;
        }

        /**
         * @param weight the weight of each new referral a person's links bring, 0 or more
         * @return this builder
         */
        public Builder referralWeight(double weight) {
            referral = weight;
            new HeatConfig(view, download, share, favorite, referral, halfLife);
            return this;
        }

        /**
         * @param newHalfLife the half-life, positive, or {@code null} for no decay
         * @return this builder
         */
        public Builder halfLife(Duration newHalfLife) {
            halfLife = newHalfLife;
            new HeatConfig(view, download, share, favorite, referral, halfLife);
            return this;
        }

        /** @return the config */
        public HeatConfig build() {
            return new HeatConfig(view, download, share, favorite, referral, halfLife);
        }
    }
}
