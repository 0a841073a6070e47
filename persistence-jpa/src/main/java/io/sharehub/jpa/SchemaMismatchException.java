package io.sharehub.jpa;

import io.sharehub.StorageException;
import java.util.List;

/**
 * The database does not hold the schema ShareHub's JPA stores need: a table or column is missing,
 * or, on MySQL/MariaDB, text is not {@code utf8mb4} or an id column is not binary-collated (on
 * PostgreSQL: an id column is not {@code COLLATE "C"} or the database is not UTF-8). Thrown by
 * {@link JpaStores.Builder#build()} when the schema check is on (the default). Apply the bundled
 * scripts ({@link JpaSchema}) or the host's copies of them, then build again.
 *
 * @since 0.1
 */
public final class SchemaMismatchException extends StorageException {
    private static final long serialVersionUID = 1L;

    /** Every problem found, one sentence each. */
    private final List<String> problems;

    /**
     * @param problems every problem found, one sentence each, naming the table and column
     */
    public SchemaMismatchException(List<String> problems) {
        super(message(problems), null);
        this.problems = List.copyOf(problems);
    }

    /** @return every problem the check found, one sentence each */
    public List<String> problems() {
        return problems;
    }

    private static String message(List<String> problems) {
        StringBuilder text = new StringBuilder("The database schema does not fit ShareHub's JPA stores (")
                .append(problems.size()).append(problems.size() == 1 ? " problem" : " problems")
                .append("; apply the scripts in io/sharehub/jpa/schema/, see docs/jpa.md):");
        int shown = 0;
        for (String problem : problems) {
            if (shown++ == 20) {
                text.append("\n  … and ").append(problems.size() - 20).append(" more");
                break;
            }
            text.append("\n  - ").append(problem);
        }
        return text.toString();
    }
}
