package io.sharehub.fission;

import io.sharehub.access.Viewer;
import java.time.Instant;

/**
 * A click or scan of a share token.
 *
 * @param visitId the idempotency id of the visit, or {@code null}; a repeat returns the recorded
 *     outcome and changes nothing
 * @param token the token from the URL or the QR {@code scene}
 * @param visitor who clicked or scanned (an anonymous visitor is identified by a device, cookie or
 *     openid)
 * @param at when, or {@code null} for the hub clock's now
 * @param deviceId the host's fingerprint of the visitor's device, or {@code null}; the
 *     same-device fraud rule compares it
 */
public record VisitRequest(String visitId, String token, Viewer visitor, Instant at, String deviceId) {
    /** @return a visit at the hub clock's now, without an idempotency id */
    public static VisitRequest of(String token, Viewer visitor) {
        return new VisitRequest(null, token, visitor, null, null);
    }

    /** @param id the idempotency id @return this request with that id */
    public VisitRequest withVisitId(String id) {
        return new VisitRequest(id, token, visitor, at, deviceId);
    }

    /** @param instant when @return this request at that instant */
    public VisitRequest at(Instant instant) {
        return new VisitRequest(visitId, token, visitor, instant, deviceId);
    }

    /** @param device the host's device fingerprint @return this request from that device */
    public VisitRequest fromDevice(String device) {
        return new VisitRequest(visitId, token, visitor, at, device);
    }
}
