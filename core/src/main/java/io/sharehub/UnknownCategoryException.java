package io.sharehub;

/** A call named a category that does not exist. */
public final class UnknownCategoryException extends UnknownEntityException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the parameter that held the id
     * @param id the category id that was not found
     */
    public UnknownCategoryException(String field, String id) {
        super(field, "category", id);
    }
}
