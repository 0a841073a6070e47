package io.sharehub.fission;

import io.sharehub.InvalidInputException;
import java.util.ArrayList;
import java.util.List;

/**
 * The points a new referral pays up the share graph: level 1 is the sharer whose link brought the
 * visitor, level 2 the sharer's parent, level 3 that person's parent.
 *
 * <p>A rule has one to three levels of whole, non-negative points. <b>Never more than three:</b>
 * rewarding a fourth level makes a referral scheme a pyramid under China's Regulations on
 * Prohibition of Pyramid Selling (禁止传销条例), which is why platforms allow three-level
 * distribution at most. A rule of more levels cannot be built. See {@code docs/fission.md}.
 *
 * @param points the points per level, level 1 first
 */
public record RewardRule(List<Long> points) {
    /** The legal limit on reward levels. */
    public static final int MAX_LEVELS = 3;

    /** The most points one level may pay. */
    public static final long MAX_POINTS = 1_000_000;

    private static final RewardRule DEFAULT = new RewardRule(List.of(10L, 3L, 1L));

    /**
     * @throws InvalidInputException if the rule has no level, more than three, or a level pays
     *     negative or more than {@link #MAX_POINTS} points
     */
    public RewardRule {
        if (points == null || points.isEmpty()) {
            throw new InvalidInputException("rule.points", "must hold 1 to 3 levels", points);
        }
        if (points.size() > MAX_LEVELS) {
            throw new InvalidInputException("rule.points",
                    "must hold at most 3 levels: referral rewards may be paid on at most three levels, the legal"
                            + " limit for multi-level distribution (禁止传销条例; see docs/fission.md#three-levels)",
                    points.size() + " levels " + points);
        }
        List<Long> copy = new ArrayList<>();
        for (Long p : points) {
            if (p == null || p < 0 || p > MAX_POINTS) {
                throw new InvalidInputException("rule.points", "must be whole points from 0 to " + MAX_POINTS, p);
            }
            copy.add(p);
        }
        points = List.copyOf(copy);
    }

    /**
     * @param points the points per level, level 1 first; one to three levels
     * @return the rule
     * @throws InvalidInputException for more than three levels, citing the legal limit
     */
    public static RewardRule of(long... points) {
        List<Long> list = new ArrayList<>();
        for (long p : points) {
            list.add(p);
        }
        return new RewardRule(list);
    }

    /** @return the default rule: 10 / 3 / 1 */
    public static RewardRule defaults() {
        return DEFAULT;
    }

    /** @return how many levels are paid */
    public int levels() {
        return points.size();
    }

    /**
     * @param level 1, 2 or 3
     * @return the points that level pays; 0 beyond the rule's levels
     */
    public long pointsAt(int level) {
        return level >= 1 && level <= points.size() ? points.get(level - 1) : 0;
    }
}
