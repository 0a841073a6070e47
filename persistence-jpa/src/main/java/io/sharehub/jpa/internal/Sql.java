package io.sharehub.jpa.internal;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A native SQL statement built piece by piece with its parameters. Parameters become JPA's
 * portable positional placeholders ({@code ?1}, {@code ?2} …); {@code null} is written as the
 * literal {@code NULL}, so no provider has to guess a null's type. Never put {@code :} or braces in
 * the text: providers read them as named parameters and escapes.
 */
public final class Sql {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\?(\\d+)");

    private final StringBuilder text = new StringBuilder();
    private final List<Object> params = new ArrayList<>();

    /**
     * @param text the first piece of SQL
     */
    public Sql(String text) {
        this.text.append(text);
    }

    /** @return a statement starting with {@code text} */
    public static Sql of(String text) {
        return new Sql(text);
    }

    /** Appends SQL text. */
    public Sql append(String more) {
        text.append(more);
        return this;
    }

    /** Appends a placeholder bound to {@code value}, or {@code NULL}. */
    public Sql param(Object value) {
        if (value == null) {
            text.append("NULL");
        } else {
            params.add(value);
            text.append('?').append(params.size());
        }
        return this;
    }

    /** Appends placeholders for every value, separated by commas; {@code values} must not be empty. */
    public Sql params(Collection<?> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("an IN list needs at least one value");
        }
        boolean first = true;
        for (Object value : values) {
            if (!first) {
                text.append(", ");
            }
            first = false;
            param(value);
        }
        return this;
    }

    /** Appends a statement piece built on its own, renumbering its parameters. */
    public Sql append(Sql piece) {
        Matcher m = PLACEHOLDER.matcher(piece.text);
        int at = 0;
        while (m.find()) {
            text.append(piece.text, at, m.start());
            param(piece.params.get(Integer.parseInt(m.group(1)) - 1));
            at = m.end();
        }
        text.append(piece.text, at, piece.text.length());
        return this;
    }

    /** @return the SQL text with its placeholders */
    public String text() {
        return text.toString();
    }

    /** @return the native query, parameters bound */
    public Query query(EntityManager em) {
        Query query = em.createNativeQuery(text.toString());
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    /** Runs the statement as an update. @return the update count */
    public int update(EntityManager em) {
        return query(em).executeUpdate();
    }

    /** Runs the statement as a query. @return its rows, each an {@code Object[]} */
    public List<Object[]> rows(EntityManager em) {
        List<?> result = query(em).getResultList();
        List<Object[]> rows = new ArrayList<>(result.size());
        for (Object row : result) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    /** Runs a query of one column. @return its values */
    public List<Object> column(EntityManager em) {
        List<?> result = query(em).getResultList();
        List<Object> values = new ArrayList<>(result.size());
        for (Object row : result) {
            values.add(row instanceof Object[] array ? array[0] : row);
        }
        return values;
    }

    /** Runs a query of one row and column. @return that value, or {@code null} without rows */
    public Object single(EntityManager em) {
        List<Object> values = column(em);
        return values.isEmpty() ? null : values.get(0);
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
