package io.sharehub.export;

import io.sharehub.InvalidInputException;
import io.sharehub.internal.Check;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Report implementations and checks shared by writers. */
final class Reports {
    private Reports() {
    }

    record Listed(String title, ZoneId zone, List<Column> columns, Iterable<? extends List<?>> rows)
            implements Report {
        Listed {
            Check.text("title", title, 500);
            Check.given("zone", zone);
            columns = List.copyOf(columns);
            Check.given("rows", rows);
        }

        @Override
        public void forEachRow(Consumer<? super List<Object>> action) {
            for (List<?> row : rows) {
                action.accept(checked(columns, row));
            }
        }
    }

    /** Checks a row against the columns: one value per column, each of its column's type. */
    static List<Object> checked(List<Column> columns, List<?> row) {
        if (row.size() != columns.size()) {
            throw new InvalidInputException("row", "must have one value per column (" + columns.size() + ")",
                    row.size() + " values");
        }
        for (int i = 0; i < row.size(); i++) {
            Column column = columns.get(i);
            if (!column.type().accepts(row.get(i))) {
                throw new InvalidInputException("row." + column.key(), "must be a " + column.type() + " value",
                        row.get(i).getClass().getSimpleName() + " " + row.get(i));
            }
        }
        return Collections.unmodifiableList(new ArrayList<>(row));
    }
}
