package io.sharehub.export;

/**
 * Hears how far an export has come, for a progress bar. Called on the writing thread; keep it
 * quick.
 */
@FunctionalInterface
public interface ExportProgress {
    /** Hears nothing. */
    ExportProgress NONE = rows -> { };

    /**
     * @param rowsWritten data rows written so far
     */
    void rowsWritten(long rowsWritten);
}
