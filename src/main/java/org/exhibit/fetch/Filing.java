package org.exhibit.fetch;

import java.nio.file.Path;

/**
 * What one fetch did with one filing of the indexes.
 *
 * @param entry the filing as the index lists it
 * @param outcome what became of it
 * @param file where it is (or would be) kept
 * @param bytes its size when it is kept
 * @param reason why it is missing, rejected or left out, else null
 * @param asked whether this run asked EDGAR for it
 */
public record Filing(IndexEntry entry, Outcome outcome, Path file, long bytes, String reason, boolean asked) {

    /** What became of a filing. */
    public enum Outcome {
        /** Downloaded by this run, whole. */
        FETCHED,
        /** Already in the folder from an earlier run; not asked for again. */
        PRESENT,
        /** In the folder (fetched now or before), but holding none of the exhibit types asked for; not imported. */
        LEFT_OUT,
        /** Listed by the index, but EDGAR has no such file. */
        MISSING,
        /** EDGAR sent a file that is not whole; nothing was kept. */
        REJECTED
    }

    /** Whether the filing is in the folder and wanted, so that an import takes it. */
    public boolean kept() {
        return outcome == Outcome.FETCHED || outcome == Outcome.PRESENT;
    }

    /** One line for the user, e.g. {@code 320193/0001047469-97-006960.txt: fetched, 10-K of APPLE COMPUTER INC …}. */
    public String summary() {
        String what = entry.form() + " of " + entry.company() + " filed " + entry.filed();
        return switch (outcome) {
            case FETCHED -> name() + ": fetched, " + what + ", " + String.format(java.util.Locale.ROOT, "%,d", bytes) + " bytes";
            case PRESENT -> name() + ": already here, " + what;
            case LEFT_OUT -> name() + ": " + (asked ? "fetched" : "already here") + " but left out, " + what + ": " + reason;
            case MISSING -> name() + ": not on EDGAR, " + what;
            case REJECTED -> name() + ": not kept, " + what + ": " + reason;
        };
    }

    private String name() {
        return entry.cik() + "/" + entry.accession() + ".txt";
    }
}
