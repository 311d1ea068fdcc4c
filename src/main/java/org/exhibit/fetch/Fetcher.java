package org.exhibit.fetch;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.exhibit.store.UserPaths;

/**
 * Fetches the filings a {@link FetchRequest} names into a folder: finds the company's CIK, reads the quarterly full
 * indexes of the dates asked, and downloads each matching submission not yet in the folder to
 * {@code <cik>/<accession>.txt}. The folder also keeps the indexes of past quarters and the ticker map, so that a
 * second run asks EDGAR for nothing it already has.
 */
public final class Fetcher {

    /** Where the SEC keeps its map of tickers to CIKs. */
    static final String TICKERS = "files/company_tickers.json";
    private static final Duration TICKERS_KEPT = Duration.ofDays(7);
    private static final Pattern CIK = Pattern.compile("\\d{1,10}");
    private static final Pattern TYPE = Pattern.compile("(?m)^<TYPE>([^\\r\\n]*)");

    private final EdgarClient client;
    private final Path folder;
    private final FetchListener listener;
    private final LocalDate today;

    /** A fetcher downloading with {@code client} into {@code folder}, telling {@code listener}. */
    public Fetcher(EdgarClient client, Path folder, FetchListener listener, LocalDate today) {
        this.client = client;
        this.folder = folder;
        this.listener = listener;
        this.today = today;
    }

    /** The default folder: {@code $XDG_CACHE_HOME/exhibit/edgar}, else {@code ~/.cache/exhibit/edgar}. */
    public static Path defaultFolder(Map<String, String> env) {
        return new UserPaths(env).cache().resolve("edgar");
    }

    /** Fetches what {@code request} names; returns every filing the indexes list for it, in the order filed. */
    public List<Filing> fetch(FetchRequest request) throws FetchException {
        Filer filer = filer(request);
        Map<String, IndexEntry> entries = new LinkedHashMap<>();
        for (Quarter quarter : Quarter.between(request.from(), request.to(), today)) {
            for (IndexEntry entry : index(quarter)) {
                if (request.forms().contains(entry.form().toUpperCase(Locale.ROOT)) && !entry.filed().isBefore(request.from())
                        && !entry.filed().isAfter(request.to()) && filer.matches(entry)) {
                    entries.putIfAbsent(entry.accession(), entry);
                }
            }
        }
        filer.checkOneCompany(entries.values());
        List<IndexEntry> sorted = entries.values().stream()
                .sorted(java.util.Comparator.comparing(IndexEntry::filed).thenComparing(IndexEntry::accession)).toList();
        listener.found(sorted.size(), (int) sorted.stream().filter(e -> !Files.isRegularFile(fileOf(e))).count());
        List<Filing> filings = new ArrayList<>();
        for (IndexEntry entry : sorted) {
            Filing filing = fetch(entry, request.exhibits());
            listener.filing(filing);
            filings.add(filing);
        }
        return filings;
    }

    /** Where a filing is kept: {@code <cik>/<accession>.txt} in the folder. */
    public Path fileOf(IndexEntry entry) {
        return folder.resolve(Long.toString(entry.cik())).resolve(entry.accession() + ".txt");
    }

    private Filing fetch(IndexEntry entry, List<String> exhibits) throws FetchException {
        Path file = fileOf(entry);
        Filing.Outcome outcome = Filing.Outcome.PRESENT;
        long bytes;
        try {
            if (Files.isRegularFile(file)) {
                bytes = Files.size(file);
            } else {
                EdgarClient.Result result = client.download("Archives/" + entry.path(), file, Envelope::problem);
                switch (result.status()) {
                    case NOT_FOUND:
                        return new Filing(entry, Filing.Outcome.MISSING, file, 0, null, true);
                    case REJECTED:
                        return new Filing(entry, Filing.Outcome.REJECTED, file, 0, result.reason(), true);
                    default:
                        outcome = Filing.Outcome.FETCHED;
                        bytes = result.bytes();
                }
            }
            if (!exhibits.isEmpty()) {
                Set<String> types = types(file);
                if (types.stream().noneMatch(type -> exhibits.stream().anyMatch(wanted -> isOfType(type, wanted)))) {
                    return new Filing(entry, Filing.Outcome.LEFT_OUT, file, bytes, "it holds no " + String.join(" or ",
                            exhibits) + " (only " + String.join(", ", types) + ")", outcome == Filing.Outcome.FETCHED);
                }
            }
        } catch (IOException e) {
            throw FetchException.failed(file + ": cannot be written or read (" + e.getMessage() + ").", e);
        }
        return new Filing(entry, outcome, file, bytes, null, outcome == Filing.Outcome.FETCHED);
    }

    /** Whether a document's {@code <TYPE>} is of the type asked: the same, or a numbered kind of it (EX-10.A-8 of EX-10). */
    static boolean isOfType(String type, String wanted) {
        String t = type.toUpperCase(Locale.ROOT);
        String w = wanted.toUpperCase(Locale.ROOT);
        return t.equals(w) || t.startsWith(w) && (t.charAt(w.length()) == '.' || t.charAt(w.length()) == '-');
    }

    /** The {@code <TYPE>}s of a submission's documents. */
    private static Set<String> types(Path file) throws IOException {
        Set<String> types = new TreeSet<>();
        try (InputStream in = Files.newInputStream(file)) {
            var matcher = TYPE.matcher(new String(in.readAllBytes(), StandardCharsets.ISO_8859_1));
            while (matcher.find()) {
                types.add(matcher.group(1).strip().toUpperCase(Locale.ROOT));
            }
        }
        return types;
    }

    /**
     * A quarter's index: from the folder when it holds a copy made a week or more after the quarter was over (EDGAR
     * no longer changes it then), else from EDGAR.
     */
    private List<IndexEntry> index(Quarter quarter) throws FetchException {
        Path file = folder.resolve(quarter.indexPath().substring("Archives/edgar/".length()));
        String name = client.address(quarter.indexPath()).toString();
        LocalDate over = quarter.before(Quarter.of(today))
                ? LocalDate.of(quarter.next().year(), quarter.next().number() * 3 - 2, 1).plusDays(7) : null;
        if (over == null || !isNewerThan(file, over.atStartOfDay().toInstant(ZoneOffset.UTC))) {
            EdgarClient.Result result = client.download(quarter.indexPath(), file, temporary -> {
                try {
                    MasterIndex.parse(Files.readString(temporary, StandardCharsets.ISO_8859_1), name);
                    return Optional.empty();
                } catch (FetchException e) {
                    return Optional.of(e.getMessage());
                }
            });
            if (result.status() == EdgarClient.Status.NOT_FOUND) {
                throw FetchException.failed(name + ": EDGAR has no index for " + quarter + ".", null);
            }
            if (result.status() == EdgarClient.Status.REJECTED) {
                throw FetchException.failed(result.reason(), null);
            }
        }
        try {
            return MasterIndex.parse(Files.readString(file, StandardCharsets.ISO_8859_1), file.toString());
        } catch (IOException e) {
            throw FetchException.failed(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    private static boolean isNewerThan(Path file, Instant when) {
        try {
            return Files.isRegularFile(file) && Files.getLastModifiedTime(file).toInstant().isAfter(when);
        } catch (IOException e) {
            return false;
        }
    }

    /** Whose filings to take, from the request's company: a CIK, a ticker, a current name, or words of an index's name. */
    private Filer filer(FetchRequest request) throws FetchException {
        if (request.everyCompany()) {
            return Filer.EVERY;
        }
        String company = request.company().strip();
        if (CIK.matcher(company).matches()) {
            return Filer.cik(Long.parseLong(company));
        }
        TickerMap tickers = tickers();
        Optional<TickerMap.Listing> listed = tickers.byTicker(company);
        if (listed.isPresent()) {
            return Filer.cik(listed.get().cik());
        }
        List<TickerMap.Listing> titled = tickers.byTitle(company);
        if (titled.stream().map(TickerMap.Listing::cik).distinct().count() == 1) {
            return Filer.cik(titled.get(0).cik());
        }
        String key = TickerMap.CompanyNameKey.of(company);
        if (key.isEmpty()) {
            throw FetchException.usage("--company \"" + company + "\" names no company: give a ticker, a CIK or a name.");
        }
        return new Filer(0, key, company);
    }

    private TickerMap tickers() throws FetchException {
        Path file = folder.resolve("company_tickers.json");
        if (!isNewerThan(file, Instant.now().minus(TICKERS_KEPT))) {
            EdgarClient.Result result = client.download(TICKERS, file, temporary -> {
                try {
                    TickerMap.parse(Files.readString(temporary, StandardCharsets.UTF_8), TICKERS);
                    return Optional.empty();
                } catch (FetchException e) {
                    return Optional.of(e.getMessage());
                }
            });
            if (result.status() != EdgarClient.Status.SAVED && !Files.isRegularFile(file)) {
                throw FetchException.failed(client.address(TICKERS) + ": "
                        + (result.reason() != null ? result.reason() : "EDGAR has no ticker map") + ".", null);
            }
        }
        try {
            return TickerMap.parse(Files.readString(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw FetchException.failed(file + ": cannot be read (" + e.getMessage() + ").", e);
        }
    }

    /**
     * The filer whose filings are wanted: one CIK, or every filer whose index name holds the words of {@code nameKey}.
     *
     * @param cik the CIK, or 0 when matched by name or for every company
     * @param nameKey the name's words in upper case, or null
     * @param asked the name as given, for the sentence of an ambiguous name
     */
    private record Filer(long cik, String nameKey, String asked) {

        static final Filer EVERY = new Filer(0, null, null);

        static Filer cik(long cik) {
            return new Filer(cik, null, null);
        }

        boolean matches(IndexEntry entry) {
            if (cik != 0) {
                return entry.cik() == cik;
            }
            return nameKey == null || (" " + TickerMap.CompanyNameKey.of(entry.company()) + " ").contains(" " + nameKey + " ");
        }

        /** For a name, refuses one that matches no company's filings, or those of several companies, naming them. */
        void checkOneCompany(java.util.Collection<IndexEntry> entries) throws FetchException {
            if (nameKey == null) {
                return;
            }
            Map<Long, String> companies = new LinkedHashMap<>();
            entries.forEach(e -> companies.putIfAbsent(e.cik(), e.company()));
            if (companies.isEmpty()) {
                throw FetchException.failed("--company \"" + asked + "\" is no ticker of the SEC's ticker map, and no company"
                        + " the indexes list with those forms and dates has that name; give a ticker, a CIK or a name as"
                        + " EDGAR writes it.", null);
            }
            if (companies.size() > 1) {
                List<String> named = companies.entrySet().stream().limit(5).map(c -> c.getValue() + " (CIK " + c.getKey() + ")")
                        .toList();
                throw FetchException.usage("--company \"" + asked + "\" matches " + companies.size() + " companies in the"
                        + " indexes (" + String.join(", ", named) + (companies.size() > 5 ? ", …" : "")
                        + "); give the CIK of the one you mean.");
            }
        }
    }
}
