package org.exhibit.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.exhibit.fetch.EdgarClient;
import org.exhibit.fetch.FetchException;
import org.exhibit.fetch.FetchRequest;
import org.exhibit.fetch.Fetcher;
import org.exhibit.fetch.Filing;
import org.exhibit.fetch.UserAgent;
import org.exhibit.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code exhibit fetch}: download a company's filings from EDGAR into a folder, politely, and import them if asked. */
@Command(name = "fetch", mixinStandardHelpOptions = true,
        description = "Download filings from SEC EDGAR (at most 10 requests a second, with a declared User-Agent) into a"
                + " folder named by accession; a second run downloads only what is missing.")
final class FetchCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Mixin
    DbOption db;

    @Option(names = "--company", paramLabel = "<ticker|cik|name>", description = "The company: a ticker, a CIK or a name.")
    String company;

    @Option(names = "--index", description = "Every company the quarterly full indexes list with one of the forms.")
    boolean everyCompany;

    @Option(names = "--form", required = true, split = ",", paramLabel = "<form>",
            description = "Form types, e.g. 10-K,10-K405,10-Q.")
    List<String> forms;

    @Option(names = "--from", required = true, paramLabel = "<year|date>", description = "First date filed: 1996 or 1996-07-01.")
    String from;

    @Option(names = "--to", paramLabel = "<year|date>", description = "Last date filed: 2000 or 2000-06-30 (default: today).")
    String to;

    @Option(names = "--exhibit", split = ",", paramLabel = "<type>",
            description = "Keep only submissions holding a document of one of these types, e.g. EX-27,EX-99.")
    List<String> exhibits = List.of();

    @Option(names = "--dir", paramLabel = "<folder>",
            description = "Folder of the filings (default: $XDG_CACHE_HOME/exhibit/edgar, else ~/.cache/exhibit/edgar).")
    Path dir;

    @Option(names = "--import", description = "Import the filings fetched (and those already in the folder) afterwards.")
    boolean importAfter;

    @Option(names = "--user-agent", paramLabel = "\"<name> <email>\"",
            description = "Who you are, as the SEC requires (default: $EXHIBIT_USER_AGENT, else user-agent in"
                    + " $XDG_CONFIG_HOME/exhibit/config.properties).")
    String userAgent;

    @Option(names = "--edgar-url", paramLabel = "<base>", description = "EDGAR's base URL (default: https://www.sec.gov/).")
    String edgarUrl = "https://www.sec.gov/";

    @Option(names = "--rate", paramLabel = "<n>", description = "At most n requests a second, 1 to 10 (default: 10).")
    int rate = 10;

    @Override
    public Integer call() throws StoreException {
        Context context = main.context;
        FetchRequest request;
        URI base;
        String agent;
        try {
            request = request();
            base = base();
            agent = UserAgent.resolve(userAgent, System.getenv());
        } catch (FetchException e) {
            context.err().println("exhibit: " + e.getMessage());
            return Main.USAGE;
        }
        if (importAfter && db.readOnly()) {
            context.err().println("exhibit: fetch --import changes the database, so it cannot run with --read-only.");
            return Main.USAGE;
        }
        Path folder = dir != null ? dir : Fetcher.defaultFolder(System.getenv());
        FetchProgress progress = new FetchProgress(context.out(), context.err(), context.interactive());
        EdgarClient client = new EdgarClient(base, agent, rate, progress);
        int status = Main.OK;
        try {
            new Fetcher(client, folder, progress, LocalDate.now(ZoneOffset.UTC)).fetch(request);
        } catch (FetchException e) {
            progress.clear();
            context.err().println("exhibit: " + e.getMessage());
            if (e.usage()) {
                return Main.USAGE;
            }
            status = Main.FAILED;
        }
        progress.clear();
        context.out().println(progress.summary(client.requests()) + " Folder: " + folder);
        if (progress.anyFailed()) {
            status = Main.FAILED;
        }
        if (importAfter && !progress.kept().isEmpty()) {
            int imported = ImportCommand.load(context, db, progress.kept().stream().map(Filing::file).toList());
            status = Math.max(status, imported);
        }
        return status;
    }

    private FetchRequest request() throws FetchException {
        if ((company == null || company.isBlank()) == !everyCompany) {
            throw FetchException.usage("fetch takes either --company <ticker|cik|name> or --index (every company), one of"
                    + " the two.");
        }
        if (rate < 1 || rate > 10) {
            throw FetchException.usage("--rate " + rate + " is not a rate from 1 to 10 requests a second (the SEC allows"
                    + " at most 10).");
        }
        Set<String> formSet = new LinkedHashSet<>();
        for (String form : forms) {
            if (form.isBlank()) {
                throw FetchException.usage("--form has an empty form type; give types separated by commas, e.g. 10-K,10-Q.");
            }
            formSet.add(form.strip().toUpperCase(Locale.ROOT));
        }
        for (String exhibit : exhibits) {
            if (exhibit.isBlank()) {
                throw FetchException.usage("--exhibit has an empty type; give types separated by commas, e.g. EX-27,EX-99.");
            }
        }
        LocalDate first = date("--from", from, false);
        LocalDate last = to == null ? LocalDate.now(ZoneOffset.UTC) : date("--to", to, true);
        if (last.isBefore(first)) {
            throw FetchException.usage("--to " + last + " is before --from " + first + ".");
        }
        return new FetchRequest(company, everyCompany, Set.copyOf(formSet),
                exhibits.stream().map(e -> e.strip().toUpperCase(Locale.ROOT)).toList(), first, last);
    }

    /** A year (its first or last day) or a date. */
    private static LocalDate date(String option, String text, boolean end) throws FetchException {
        String value = text.strip();
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return end ? LocalDate.of(year, 12, 31) : LocalDate.of(year, 1, 1);
            }
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw FetchException.usage(option + " \"" + text + "\" is not a year (1996) or a date (1996-07-01).");
        }
    }

    private URI base() throws FetchException {
        try {
            URI uri = new URI(edgarUrl.strip());
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new URISyntaxException(edgarUrl, "not an http or https address");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw FetchException.usage("--edgar-url \"" + edgarUrl + "\" is not an http or https address such as"
                    + " https://www.sec.gov/.");
        }
    }
}
