package io.sharehub;

/** A call named a campaign that does not exist. */
public final class UnknownCampaignException extends UnknownEntityException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the parameter that held the id
     * @param id the campaign id that was not found
     */
    public UnknownCampaignException(String field, String id) {
        super(field, "campaign", id);
    }
}
