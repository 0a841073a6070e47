package io.sharehub.export;

import io.sharehub.internal.Check;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/** Report implementations behind the {@link Report} factories. */
final class Reports {
    private Reports() {
    }

    record Listed(String title, ZoneId zone, List<Column> columns, Iterable<? extends List<?>> rows)
            implements Report {
        Listed {
            Check.text("title", title, 500);
            Check.given("zone", zone);
            columns = List.copyOf(Check.given("columns", columns));
            Check.given("rows", rows);
        }

        @Override
        public void forEachRow(Consumer<? super List<Object>> action) {
            long number = 0;
            for (List<?> row : rows) {
                ExportRules.checkRow(this, row, ++number);
                action.accept(Collections.unmodifiableList(new ArrayList<>(row)));
            }
        }
    }
}
