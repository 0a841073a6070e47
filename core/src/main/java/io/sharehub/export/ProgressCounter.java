package io.sharehub.export;

import io.sharehub.Incubating;
import io.sharehub.InvalidInputException;

/**
 * Counts the data rows of one export and tells an {@link ExportProgress} every so many rows and
 * once more at the end with the total, as every {@link ReportWriter} does. For writing another
 * format; hosts use the writers' {@code progress} settings.
 *
 * <p>One counter per export, used on the writing thread; not thread-safe.
 *
 * @since 0.1.0
 */
@Incubating
public final class ProgressCounter {
    private final ExportProgress listener;
    private final int every;
    private long rows;
    private long told = -1;

    /**
     * @param listener who hears the counts
     * @param every how many rows pass between two reports, 1 or more
     * @throws InvalidInputException naming {@code progress} or {@code progressEvery}
     */
    public ProgressCounter(ExportProgress listener, int every) {
        this.listener = checkListener(listener);
        this.every = checkEvery(every);
    }

    /**
     * @param listener a progress listener
     * @return the listener
     * @throws InvalidInputException naming {@code progress} if it is {@code null}
     */
    public static ExportProgress checkListener(ExportProgress listener) {
        if (listener == null) {
            throw new InvalidInputException("progress", "must be given (use ExportProgress.NONE for none)", null);
        }
        return listener;
    }

    /**
     * @param rows how many rows pass between two progress reports
     * @return the number
     * @throws InvalidInputException naming {@code progressEvery} if it is less than 1
     */
    public static int checkEvery(int rows) {
        if (rows < 1) {
            throw new InvalidInputException("progressEvery", "must be 1 or more", rows);
        }
        return rows;
    }

    /** Counts one data row written, telling the listener when a step is complete. */
    public void rowWritten() {
        rows++;
        if (rows % every == 0) {
            tell();
        }
    }

    /** Tells the listener the total, unless it just heard it. Call once all rows are written. */
    public void finish() {
        if (told != rows) {
            tell();
        }
    }

    /** @return the data rows counted so far */
    public long rows() {
        return rows;
    }

    private void tell() {
        told = rows;
        listener.rowsWritten(rows);
    }
}
