package io.sharehub.export;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Consumer;

/**
 * Masks personal data in reports: what a report shows in its {@linkplain Column#personal()
 * personal} columns unless an ADMIN asks for them unmasked.
 *
 * <p>The rule, counted in Unicode code points (so an emoji or a rare Han character is one, and a
 * surrogate pair is never split), with {@code n} the length of the value:
 *
 * <table>
 *   <caption>What stays visible</caption>
 *   <tr><th>{@code n}</th><th>shown</th><th>example</th></tr>
 *   <tr><td>0</td><td>the value (empty)</td><td></td></tr>
 *   <tr><td>1</td><td>{@code *}</td><td>{@code 张} → {@code *}</td></tr>
 *   <tr><td>2</td><td>the first, then {@code *}</td><td>{@code 张三} → {@code 张*}</td></tr>
 *   <tr><td>3 to 6</td><td>the first and the last</td><td>{@code 欧阳娜娜} → {@code 欧**娜}</td></tr>
 *   <tr><td>7 to 10</td><td>the first 2 and the last 2</td><td>{@code 6543210} → {@code 65***10}</td></tr>
 *   <tr><td>11 or more</td><td>the first 3 and the last 4</td>
 *       <td>{@code 13812345678} → {@code 138****5678}</td></tr>
 * </table>
 *
 * <p>Every hidden code point becomes one {@code *}. An e-mail address (no whitespace, text before
 * its last {@code @}, and a domain with a dot inside) keeps its domain and masks its local part
 * by the same rule: {@code alice@example.com} → {@code a***e@example.com}.
 *
 * <p>Emoji sequences built of several code points (flags, families) count as several characters
 * and may be partly hidden; the result is always well-formed UTF-16.
 *
 * <p>All methods are static and thread-safe.
 *
 * @since 0.1.0
 */
public final class Masking {
    /** The character that replaces each hidden code point. */
    public static final char MASK = '*';

    private Masking() {
    }

    /**
     * Masks one personal value by the rule above.
     *
     * @param value the value, or {@code null}
     * @return the masked value; {@code null} for {@code null}
     */
    public static String mask(String value) {
        if (value == null || value.isEmpty()) {
            return value;
        }
        int at = value.lastIndexOf('@');
        if (at > 0 && isEmail(value, at)) {
            return maskPlain(value.substring(0, at)) + value.substring(at);
        }
        return maskPlain(value);
    }

    /**
     * A view of the report in which every value of a {@linkplain Column#personal() personal}
     * column is {@linkplain #mask(String) masked}; other columns, the title, the zone and the
     * order of rows are unchanged. Rows are masked as they stream, never held.
     *
     * <p>Reports made for anyone but an ADMIN who asked for unmasked data go through this.
     *
     * @param report the report
     * @return the masked view, or the report itself when it has no personal column
     * @throws io.sharehub.InvalidInputException if the report has no title, zone or columns
     */
    public static Report masked(Report report) {
        ExportRules.checkReport(report);
        List<Column> columns = List.copyOf(report.columns());
        boolean[] personal = new boolean[columns.size()];
        boolean any = false;
        for (int i = 0; i < personal.length; i++) {
            personal[i] = columns.get(i).personal();
            any |= personal[i];
        }
        return any ? new MaskedReport(report, columns, personal) : report;
    }

    private static boolean isEmail(String value, int at) {
        String domain = value.substring(at + 1);
        int dot = domain.indexOf('.');
        if (dot <= 0 || domain.endsWith(".")) {
            return false;
        }
        return value.codePoints().noneMatch(Character::isWhitespace);
    }

    private static String maskPlain(String value) {
        int length = value.codePointCount(0, value.length());
        int head;
        int tail;
        if (length == 1) {
            head = 0;
            tail = 0;
        } else if (length == 2) {
            head = 1;
            tail = 0;
        } else if (length <= 6) {
            head = 1;
            tail = 1;
        } else if (length <= 10) {
            head = 2;
            tail = 2;
        } else {
            head = 3;
            tail = 4;
        }
        int headEnd = value.offsetByCodePoints(0, head);
        int tailStart = value.offsetByCodePoints(value.length(), -tail);
        StringBuilder masked = new StringBuilder(headEnd + (length - head - tail) + value.length() - tailStart);
        masked.append(value, 0, headEnd);
        for (int i = head; i < length - tail; i++) {
            masked.append(MASK);
        }
        return masked.append(value, tailStart, value.length()).toString();
    }

    /** Masks personal cells as rows pass; holds no row. */
    private record MaskedReport(Report report, List<Column> columns, boolean[] personal) implements Report {
        @Override
        public String title() {
            return report.title();
        }

        @Override
        public ZoneId zone() {
            return report.zone();
        }

        @Override
        public void forEachRow(Consumer<? super List<Object>> action) {
            report.forEachRow(row -> {
                if (row == null || row.size() != personal.length) {
                    action.accept(row); // the writer's row check names the problem
                    return;
                }
                List<Object> masked = new ArrayList<>(row);
                for (int i = 0; i < personal.length; i++) {
                    if (personal[i] && masked.get(i) instanceof String text) {
                        masked.set(i, mask(text));
                    }
                }
                action.accept(Collections.unmodifiableList(masked));
            });
        }
    }
}
