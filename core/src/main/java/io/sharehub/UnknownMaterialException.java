package io.sharehub;

/** An administrative call named a material that does not exist. */
public final class UnknownMaterialException extends UnknownEntityException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the parameter that held the id
     * @param id the material id that was not found
     */
    public UnknownMaterialException(String field, String id) {
        super(field, "material", id);
    }
}
