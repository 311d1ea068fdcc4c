package org.exhibit.store;

import static org.exhibit.store.schema.Tables.DOCUMENT;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jooq.DSLContext;

/**
 * The stored documents' hashes and mappings by name, read by the parsing threads to skip an unchanged document without
 * parsing it: read whole when an import starts, then, after each of its commits, what was stored since (by this import
 * or another one writing to the same server), so that importers sharing a corpus do not each parse every document.
 * Names that occur twice among an import's sources are left out, since the first may change what the second is
 * compared with. Only a shortcut: whether a document is stored is decided again, in the writing transaction.
 */
final class KnownDocuments {

    private final Map<String, DocumentWriter.Existing> byName = new ConcurrentHashMap<>();
    private final Set<String> repeated;
    private long highestId;

    /** Knows nothing yet; leaves out {@code repeated}, the names that occur more than once among the sources. */
    KnownDocuments(Set<String> repeated) {
        this.repeated = Set.copyOf(repeated);
    }

    /** Adds the documents stored with an id above the highest seen so far; called by the writing thread alone. */
    void refresh(DSLContext dsl) {
        dsl.select(DOCUMENT.ID, DOCUMENT.NAME, DOCUMENT.COMPANY_ID, DOCUMENT.SHA256, DOCUMENT.MAPPING)
                .from(DOCUMENT)
                .where(DOCUMENT.ID.gt(highestId))
                .forEach(r -> {
                    highestId = Math.max(highestId, r.value1());
                    if (!repeated.contains(r.value2())) {
                        byName.put(r.value2(), new DocumentWriter.Existing(r.value1(), r.value3(), r.value4(), r.value5()));
                    }
                });
    }

    /** What was stored under {@code name} when last looked, or null. */
    DocumentWriter.Existing get(String name) {
        return byName.get(name);
    }
}
