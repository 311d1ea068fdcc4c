package org.exhibit.concept;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The concept data bundled with exhibit: the canonical concepts, the label aliases, the net totals and the column concepts, as CSV resources. */
public final class Resources {

    private static final CSVFormat FORMAT = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).setCommentMarker('#').setIgnoreEmptyLines(true).get();

    private Resources() {
    }

    /** The canonical concepts, in the order of the bundled file. */
    public static List<Concept> concepts() {
        List<Concept> concepts = new ArrayList<>();
        for (CSVRecord r : read("concepts.csv")) {
            concepts.add(new Concept(r.get("concept"), r.get("statement"), r.get("unit"),
                    r.get("sign").equals("deduction"), r.get("description"), blankAsNull(r.get("per_share_basic")),
                    blankAsNull(r.get("per_share_diluted"))));
        }
        return concepts;
    }

    private static String blankAsNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** The bundled label aliases. */
    public static List<Alias> aliases() {
        List<Alias> aliases = new ArrayList<>();
        for (CSVRecord r : read("aliases.csv")) {
            String statement = r.isSet("statement") && !r.get("statement").isBlank() ? r.get("statement").trim() : null;
            aliases.add(new Alias(r.get("label"), r.get("concept"), statement));
        }
        return aliases;
    }

    /** The bundled net totals: which row below a gross total and a deduction is the net of the two. */
    public static List<NetTotal> netTotals() {
        List<NetTotal> netTotals = new ArrayList<>();
        for (CSVRecord r : read("net-totals.csv")) {
            netTotals.add(new NetTotal(r.get("gross").trim(), r.get("deduction").trim(), r.get("net").trim()));
        }
        return netTotals;
    }

    /** The bundled column concepts: which concept a row's numbers take in a column headed by certain words. */
    public static List<ColumnConcept> columnConcepts() {
        List<ColumnConcept> columnConcepts = new ArrayList<>();
        for (CSVRecord r : read("column-concepts.csv")) {
            columnConcepts.add(new ColumnConcept(r.get("measure").trim(), r.get("row_concept").trim(),
                    r.get("concept").trim()));
        }
        return columnConcepts;
    }

    /** The raw bytes of a bundled file, for fingerprinting what was loaded into a database. */
    public static byte[] bytes(String file) {
        try (InputStream in = open(file)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> read(String file) {
        try (Reader reader = new InputStreamReader(open(file), StandardCharsets.UTF_8)) {
            return FORMAT.parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String file) {
        InputStream in = Resources.class.getResourceAsStream(file);
        if (in == null) {
            throw new IllegalStateException("The bundled file " + file + " is missing from the jar.");
        }
        return in;
    }
}
