package org.exhibit.session;

import java.util.List;
import org.exhibit.query.saved.Company;
import org.exhibit.query.saved.ParamException;
import org.exhibit.store.Database;
import org.exhibit.store.Removal;
import org.exhibit.store.StoreException;

/** Taking documents out, as {@code exhibit remove} and {@code \remove} ask: documents by name, or a whole company. */
public final class Remove {

    private Remove() {
    }

    /**
     * Removes the documents named, or every document of {@code company} (a name or its start, a ticker or a CIK) when
     * it is given; all or nothing.
     *
     * @throws StoreException with one sentence when nothing matches, the database is read-only, or both or neither
     *     were given; nothing is removed then
     */
    public static Removal.Removed run(Database database, List<String> documents, String company) throws StoreException {
        if (company == null == documents.isEmpty()) {
            throw new StoreException("Give documents to remove, or --company <name|ticker|cik>, not both and not neither.",
                    null);
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
