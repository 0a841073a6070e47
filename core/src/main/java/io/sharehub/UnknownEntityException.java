package io.sharehub;

/**
 * An administrative call named something that does not exist. Viewers never see this: for them
 * unknown and hidden are the same {@link io.sharehub.access.Decision#NOT_FOUND}.
 */
public class UnknownEntityException extends ShareHubException {
    private static final long serialVersionUID = 1L;

    private final String kind;
    private final String id;

    /**
     * @param field the parameter that held the id
     * @param kind what was looked for, for example {@code material}
     * @param id the id that was not found
     */
    public UnknownEntityException(String field, String kind, String id) {
        super(field + " must name an existing " + kind + ", but was \"" + id + "\"");
        this.kind = kind;
        this.id = id;
    }

    /**
     * @return what was looked for, for example {@code material} or {@code category}
     */
    public String kind() {
        return kind;
    }

    /**
     * @return the id that was not found
     */
    public String id() {
        return id;
    }
}
