package io.sharehub;

/**
 * An idempotency id was used again with a different payload: an event id, visit id, share
 * request id or ledger key names one operation only. Nothing was stored by the second call.
 */
public final class IdempotencyConflictException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    private final String namespace;
    private final String id;

    /**
     * @param namespace which kind of id: {@code eventId}, {@code visitId}, {@code shareRequestId}
     *     or {@code ledgerKey}
     * @param id the id that was reused
     * @param difference what differs from the recorded operation
     */
    public IdempotencyConflictException(String namespace, String id, String difference) {
        super(namespace + " must name one operation only, but \"" + id
                + "\" was already recorded with a different payload (" + difference + ")");
        this.namespace = namespace;
        this.id = id;
    }

    /**
     * @return the id namespace, for example {@code eventId}
     */
    public String namespace() {
        return namespace;
    }

    /**
     * @return the reused id
     */
    public String id() {
        return id;
    }
}
