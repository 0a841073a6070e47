package io.sharehub.people;

import io.sharehub.export.Column;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The host's directory of people, for reports: ShareHub keeps only opaque ids, and asks the host
 * for the columns a report shows beside each person (name, phone number, store …). The host marks
 * which columns are personal; reports mask them unless an administrator asks for them unmasked.
 *
 * <p>Called while a report streams, a page of ids at a time (at most 1,000). Implementations must
 * be thread-safe and should answer a page with one query.
 *
 * <pre>{@code
 * ProfileDirectory crm = ProfileDirectory.of(
 *         List.of(Column.of("name", "姓名", ColumnType.TEXT), Column.personal("phone", "手机号")),
 *         ids -> crmClient.lookup(ids));   // id -> [name, phone]
 * }</pre>
 */
public interface ProfileDirectory {
    /** A directory with no columns: reports show the ids only. */
    ProfileDirectory NONE = of(List.of(), ids -> Map.of());

    /**
     * @return the text columns the host shows beside each person, in order; personal ones masked
     */
    List<Column> columns();

    /**
     * @param personIds the people on one page of a report
     * @return for each person the host knows, one value (or {@code null}) per column, in column
     *     order; unknown people may be left out
     */
    Map<String, List<String>> profiles(Collection<String> personIds);

    /**
     * @param columns the columns, all {@code TEXT}
     * @param lookup answers a page of ids
     * @return a directory over the lookup
     */
    static ProfileDirectory of(List<Column> columns, java.util.function.Function<Collection<String>,
            Map<String, List<String>>> lookup) {
        List<Column> copy = List.copyOf(columns);
        return new ProfileDirectory() {
            @Override
            public List<Column> columns() {
                return copy;
            }

            @Override
            public Map<String, List<String>> profiles(Collection<String> personIds) {
                return lookup.apply(personIds);
            }
        };
    }
}
