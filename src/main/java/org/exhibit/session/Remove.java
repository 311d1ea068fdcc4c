package org.exhibit.session;

import java.util.List;
import org.exhibit.query.saved.Company;
import org.exhibit.query.saved.ParamException;
import org.exhibit.store.Database;
import org.exhibit.store.Removal;
import org.exhibit.store.StoreException;

/** Taking documents out, as {@code exhibit remove} and {@code \remove} ask: documents by name, or a whole company. */
public final class Remove {

    /**
     * What to take out: documents by name, or every document of a company, not both.
     *
     * @param documents document names, as the {@code document} column shows them
     * @param company a company's name or its start, a ticker or a CIK; null for none
     */
    public record Request(List<String> documents, String company) {
    }

    private Remove() {
    }

    /** The sentence for a request naming both documents and a company, or neither. */
    public static final String BOTH_OR_NEITHER =
            "Give documents to remove, or --company <name|ticker|cik>, not both and not neither.";

    /** Removes what the request names, all or nothing, and says what went; nothing that matches is a failure. */
    public static Outcome run(Session session, Request request) {
        if (request.company() == null == request.documents().isEmpty()) {
            return Outcome.usage(BOTH_OR_NEITHER);
        }
        try {
            return Outcome.ok(run(session.database(), request.documents(), request.company()).summary());
        } catch (StoreException e) {
            return Outcome.failed(e.getMessage());
        }
    }

    /**
     * Removes the documents named, or every document of {@code company} (a name or its start, a ticker or a CIK) when
     * it is given; all or nothing.
     *
     * @throws StoreException with one sentence when nothing matches, the database is read-only, or both or neither
     *     were given; nothing is removed then
     */
    static Removal.Removed run(Database database, List<String> documents, String company) throws StoreException {
        if (company == null == documents.isEmpty()) {
            throw new StoreException(BOTH_OR_NEITHER, null);
        }
        if (database.readOnly()) {
            throw new StoreException("Nothing was removed: the database is open read-only (--read-only).", null);
        }
        if (company == null) {
            return Removal.documents(database, documents);
        }
        try {
            return Removal.company(database, Company.resolve(database.dsl(), company).id());
        } catch (ParamException e) {
            throw new StoreException("Nothing was removed: " + e.getMessage(), e);
        }
    }
}
