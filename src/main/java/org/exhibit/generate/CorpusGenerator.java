package org.exhibit.generate;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a synthetic corpus into a folder, one document at a time: companies times periods of text exhibits, with
 * {@value #FACTS} (every fact a reader must find in them) and {@value #FAULTS} (the mistakes planted in them and the
 * findings they should produce). The same options give the same bytes.
 */
public final class CorpusGenerator {

    /** The file of expected facts, beside the documents. */
    public static final String FACTS = "expected-facts.csv";
    /** The file of planted faults, beside the documents. */
    public static final String FAULTS = "planted-faults.csv";

    private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();
    private static final int FAULT_ONE_IN = 10;

    /**
     * What to generate.
     *
     * @param companies how many companies (ignored when {@code bytes} is given)
     * @param periods how many consecutive quarters each company reports, one document each
     * @param seed the seed every random choice derives from
     * @param bytes when above 0, companies are added until the documents hold at least this many bytes
     */
    public record Options(int companies, int periods, long seed, long bytes) {
    }

    /**
     * What was written.
     *
     * @param companies how many companies
     * @param documents how many documents
     * @param bytes how many bytes of documents
     * @param facts how many expected facts
     * @param faults how many planted faults
     */
    public record Summary(int companies, int documents, long bytes, long facts, int faults) {
    }

    private CorpusGenerator() {
    }

    /** Writes the corpus into {@code folder} (created if missing) and says what was written. */
    public static Summary generate(Options options, Path folder) throws IOException {
        Files.createDirectories(folder);
        int companies = 0;
        int documents = 0;
        long bytes = 0;
        long facts = 0;
        int faults = 0;
        try (Writer factsOut = Files.newBufferedWriter(folder.resolve(FACTS), StandardCharsets.UTF_8);
             Writer faultsOut = Files.newBufferedWriter(folder.resolve(FAULTS), StandardCharsets.UTF_8);
             CSVPrinter factsCsv = new CSVPrinter(factsOut, CSV.builder().setHeader(ExpectedFact.HEADER).get());
             CSVPrinter faultsCsv = new CSVPrinter(faultsOut, CSV.builder().setHeader(PlantedFault.HEADER).get())) {
            while (options.bytes() > 0 ? bytes < options.bytes() : companies < options.companies()) {
                Random random = Companies.random(options.seed(), companies);
                Company company = Companies.create(companies, random);
                long sales = company.scale().minimumSales
                        + (long) (random.nextDouble() * (company.scale().maximumSales - company.scale().minimumSales));
                long shares = Math.max(20, sales / (2 + random.nextInt(20)));
                History history = History.simulate(random, company.style(), sales, shares, company.firstQuarter() + options.periods());
                DocumentWriter writer = new DocumentWriter(company, history);
                companies++;
                for (int p = 0; p < options.periods() && (options.bytes() <= 0 || bytes < options.bytes()); p++) {
                    DocumentWriter.Written written = writer.write(company.firstQuarter() + p, random.nextInt(FAULT_ONE_IN) == 0,
                            random);
                    byte[] content = written.text().toString().getBytes(StandardCharsets.UTF_8);
                    try (OutputStream out = Files.newOutputStream(folder.resolve(written.name()))) {
                        out.write(content);
                    }
                    documents++;
                    bytes += content.length;
                    for (ExpectedFact fact : written.facts()) {
                        factsCsv.printRecord(fact.fields());
                    }
                    for (PlantedFault fault : written.faults()) {
                        faultsCsv.printRecord(fault.fields());
                    }
                    facts += written.facts().size();
                    faults += written.faults().size();
                }
            }
        }
        return new Summary(companies, documents, bytes, facts, faults);
    }
}
