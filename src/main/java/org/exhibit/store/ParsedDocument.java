package org.exhibit.store;

import java.util.List;
import org.exhibit.check.Finding;
import org.exhibit.concept.Fact;
import org.exhibit.parse.Document;

/**
 * A document read and checked, ready for the writer; or why it could not be read; or the note that it is unchanged.
 *
 * @param name the document's name (its file name)
 * @param sha256 the hash of its bytes
 * @param size its length in bytes
 * @param company the company name it was filed under
 * @param document what the parser read, null when unchanged or failed
 * @param facts the facts built from it
 * @param findings what the checks within the document found
 * @param checked the checks' counts for the summary, or why they could not run; empty when they found nothing
 * @param failure one sentence saying why it could not be read, or null
 * @param unchanged whether the database already holds these bytes under this name and label mapping
 * @param skipped whether it is not a filing at all (then {@code failure} says why), so nothing was tried
 */
record ParsedDocument(String name, String sha256, long size, String company, Document document, List<Fact> facts,
                      List<Finding> findings, String checked, String failure, boolean unchanged, boolean skipped) {

    /** A document that could not be read. */
    static ParsedDocument failed(String name, String failure) {
        return new ParsedDocument(name, null, 0, null, null, List.of(), List.of(), "", failure, false, false);
    }

    /** A file that is not a filing, with the sentence saying so. */
    static ParsedDocument skipped(String name, String why) {
        return new ParsedDocument(name, null, 0, null, null, List.of(), List.of(), "", why, false, true);
    }

    /** A document whose bytes the database already holds. */
    static ParsedDocument unchanged(String name, String sha256, long size) {
        return new ParsedDocument(name, sha256, size, null, null, List.of(), List.of(), "", null, true, false);
    }
}
