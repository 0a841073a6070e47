package io.sharehub.fission;

import io.sharehub.access.Decision;
import java.util.Optional;

/**
 * What became of a share action.
 *
 * @param requestId the action's idempotency id (generated when none was given)
 * @param decision {@link Decision#ALLOW}, or why the person may not share
 * @param share the share, or {@code null} when denied
 * @param token the token for the host's URL or QR {@code scene}, signed with the newest key, or
 *     {@code null} when denied
 * @param taskCompleted whether this action was the person's first share of the campaign (their
 *     fission task is complete)
 * @param repeated whether the request id was recorded before (nothing changed now)
 */
public record ShareOutcome(String requestId, Decision decision, Share share, String token, boolean taskCompleted,
        boolean repeated) {

    /** @return the share, if allowed */
    public Optional<Share> shareIfAllowed() {
        return Optional.ofNullable(share);
    }
}
