package io.sharehub;

/**
 * The call is well formed but the current state forbids it: creating an id that exists,
 * deleting a category that still holds materials, moving a category under its own descendant.
 * Nothing was changed.
 */
public class ConflictException extends InvalidInputException {
    private static final long serialVersionUID = 1L;

    /**
     * @param field the parameter at fault
     * @param rule what the state requires, phrased to follow the field name
     * @param value the offending value
     */
    public ConflictException(String field, String rule, Object value) {
        super(field, rule, value);
    }
}
