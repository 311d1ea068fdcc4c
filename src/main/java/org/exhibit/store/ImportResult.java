package org.exhibit.store;

/**
 * What importing one document did, for its summary line.
 *
 * @param document the document's name
 * @param outcome what happened to it
 * @param company the company it was filed under, or null when it failed
 * @param tables statement tables read
 * @param facts facts stored
 * @param diagnostics lines with numbers that were not read (see {@code import --explain})
 * @param message for a failure, one sentence naming the file and what went wrong
 * @param checked what the checks run after the import found in the document ("1 error, 2 warnings"), or why they could
 *     not run; empty when they found nothing
 */
public record ImportResult(String document, Outcome outcome, String company, int tables, int facts, int diagnostics,
                           String message, String checked) {

    /** What happened to a document. */
    public enum Outcome { IMPORTED, REPLACED, UNCHANGED, FAILED, SKIPPED }

    /** A failure to import {@code document}, described in one sentence. */
    public static ImportResult failed(String document, String message) {
        return new ImportResult(document, Outcome.FAILED, null, 0, 0, 0, message, "");
    }

    /** A file that is not a filing, skipped with one sentence saying so. */
    public static ImportResult skipped(String document, String message) {
        return new ImportResult(document, Outcome.SKIPPED, null, 0, 0, 0, message, "");
    }

    /** The summary line printed for this document. */
    public String summary() {
        return switch (outcome) {
            case FAILED, SKIPPED -> message;
            case UNCHANGED -> document + ": unchanged, nothing to do";
            default -> document + ": " + (outcome == Outcome.REPLACED ? "replaced" : "imported") + ", " + company + ", "
                    + tables + (tables == 1 ? " table, " : " tables, ") + facts + (facts == 1 ? " fact" : " facts")
                    + (diagnostics == 0 ? "" : ", " + diagnostics + (diagnostics == 1 ? " line" : " lines")
                    + " not read")
                    + (checked.isEmpty() ? "" : ", " + checked);
        };
    }
}
