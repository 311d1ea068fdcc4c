package org.exhibit.fetch;

import java.time.LocalDate;

/**
 * One filing as a quarterly full index lists it.
 *
 * @param cik the filer's Central Index Key, without leading zeros
 * @param company the filer's name as the index prints it
 * @param form the form type, e.g. {@code 10-K}, {@code 10-K405}, {@code 10-Q}
 * @param filed the date filed
 * @param path the submission's path under {@code Archives/}, e.g. {@code edgar/data/320193/0001047469-97-006960.txt}
 */
public record IndexEntry(long cik, String company, String form, LocalDate filed, String path) {

    /** The accession number, the submission file's name without {@code .txt}. */
    public String accession() {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.endsWith(".txt") ? name.substring(0, name.length() - 4) : name;
    }
}
