package org.exhibit.concept;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.exhibit.parse.Cell;
import org.exhibit.parse.Column;
import org.exhibit.parse.Diagnostic;
import org.exhibit.parse.Document;
import org.exhibit.parse.Period;
import org.exhibit.parse.Row;
import org.exhibit.parse.Scale;
import org.exhibit.parse.StatementKind;
import org.exhibit.parse.Table;

/** Turns a parsed document's cells into facts: concept, unit, scale and the contract's sign convention. */
public final class FactBuilder {

    private static final Pattern PER_SHARE = Pattern.compile(
            "\\bper (\\w+ ){0,4}share\\b|\\bper share\\b|\\beps\\b|\\bper (\\w+ ){0,2}unit\\b");
    private static final Pattern SHARE_COUNT = Pattern.compile(
            "^(weighted average|average|number of)\\b.*\\b(shares|units)\\b|^(common )?shares (used|outstanding)\\b"
                    + "|^(basic|diluted) (weighted average )?(common )?shares\\b|\\bshares used in\\b");
    /** A stock's par value per share named in its label ("Common Stock, par value $1.00 per share"). */
    private static final Pattern PAR_VALUE = Pattern.compile("(?<=\\w )par value (of )?per share\\b");
    private static final Pattern PERCENT = Pattern.compile("percent(age)? of|% of|\\(%\\)|\\bin percent");
    private static final Pattern DILUTED = Pattern.compile("dilut");
    private static final BigDecimal PERCENT_MULTIPLIER = new BigDecimal("0.01");
    /** A heading over the rows of a whole company rather than one of its segments. */
    private static final Pattern WHOLE = Pattern.compile(
            "(?i)^(?:total|consolidated|combined|company|firm|corporate total)\\b");
    /** A printed number this large, without cents, is a money total rather than a per-share amount. */
    private static final BigDecimal MONEY_TOTAL = BigDecimal.valueOf(100);
    /** The unit of a count of things (employees, units sold, vehicles) while its facts are built; stored as "pure". */
    static final String COUNT = "count";
    /** The label of a count of things, in {@link AliasBook#key} form (a share count is a unit of its own). */
    private static final Pattern COUNT_OF_THINGS = Pattern.compile("^(?:total |average )?(?:number of )?(?:full time )?"
            + "(?:employees|headcount|associates)$|\\bunit sales$|\\bunits (?:sold|shipped)$|^(?:[a-z]+ ){0,2}vehicles$");
    /** The label of a rate or yield, printed in percent ("Effective tax rate", "Expected dividend yield", "Rate of ..."). */
    private static final Pattern RATE_ROW = Pattern.compile("^(?:[a-z]+ ){0,4}(?:rate|yields?)$|^rates? of ");
    /** Words of a label that make a rate's row an amount (the effect of a change in a tax rate). */
    private static final Pattern CHANGE_WORDS = Pattern.compile("\\b(?:change|changes|effect|impact|increase|decrease)\\b");
    /** A scale at the end of a label in {@link AliasBook#key} form ("unit sales in thousands"). */
    private static final Pattern SCALE_WORDS = Pattern.compile(" (?:in )?(?:thousands|millions|billions)$");
    /** Words of a label that name an amount of money, in {@link AliasBook#key} form. */
    private static final Pattern MONEY_WORDS = Pattern.compile(
            "\\b(?:earnings|income|loss|revenues?|sales|expenses?|costs?|interest|dollars|cash|amount)\\b");
    /** A table title that counts things in its scale ("unit sales in thousands"). */
    private static final Pattern COUNT_SCALE = Pattern.compile("(?i)\\b(?:unit sales|units|vehicles|employees|headcount)"
            + "\\s+in\\s+(?:thousands|millions)\\b|\\bin\\s+(?:thousands|millions)\\s+of\\s+(?:units|vehicles)\\b");

    private final AliasBook aliases;
    private final Map<String, Concept> concepts;
    private final List<NetTotal> netTotals;
    private final List<ColumnConcept> columnConcepts;

    /**
     * A builder that maps labels with {@code aliases} onto {@code concepts}, telling net totals by {@code netTotals} and
     * the concepts of rows in columns headed by words by {@code columnConcepts}.
     */
    public FactBuilder(AliasBook aliases, List<Concept> concepts, List<NetTotal> netTotals,
                       List<ColumnConcept> columnConcepts) {
        this.aliases = aliases;
        this.concepts = concepts.stream().collect(Collectors.toMap(Concept::name, Function.identity()));
        this.netTotals = List.copyOf(netTotals);
        this.columnConcepts = List.copyOf(columnConcepts);
    }

    /** A builder over the concept data bundled with exhibit. */
    public static FactBuilder bundled() {
        return new FactBuilder(new AliasBook(Resources.aliases()), Resources.concepts(), Resources.netTotals(),
                Resources.columnConcepts());
    }

    /**
     * Every fact of a document, in table, row and column order; cells under a column with no period are left out. A
     * percentage printed in a row of a money or share concept ("Net revenues ... 34%") is a fact without that concept.
     * Columns of one table that cover the same period measure different things, told apart by the words over them
     * ("Average Balance", "Interest Income"; "Equipment Operations", "Financial Services"): their numbers carry the
     * concept the column concepts give the row there, else none, never the concept the row's label names alone.
     */
    public List<Fact> facts(Document document) {
        return read(document).facts();
    }

    /**
     * The facts of a document as {@link #facts} builds them, once screened by the guards of what a value may be (an
     * amount per share of the size of one): a value turned away is a diagnostic of the document returned, by its line.
     */
    public Reading read(Document document) {
        PerShareGuard.Screened screened = PerShareGuard.screen(build(document));
        if (screened.diagnostics().isEmpty()) {
            return new Reading(document, screened.kept());
        }
        List<Diagnostic> diagnostics = new ArrayList<>(document.diagnostics());
        diagnostics.addAll(screened.diagnostics());
        diagnostics.sort(java.util.Comparator.comparingInt(Diagnostic::line));
        return new Reading(new Document(document.name(), document.filing(), document.tables(), List.copyOf(diagnostics),
                document.prose()), screened.kept());
    }

    private List<Fact> build(Document document) {
        List<Fact> facts = new ArrayList<>();
        for (Table table : document.tables()) {
            List<String> above = new ArrayList<>();
            Set<Integer> shared = sharedPeriodColumns(table);
            for (Row row : table.rows()) {
                above.add(addRow(table, row, above, shared, facts));
            }
        }
        return facts;
    }

    /** The columns of a table whose period another column of the table covers too. */
    public static Set<Integer> sharedPeriodColumns(Table table) {
        Map<Period, List<Integer>> byPeriod = new HashMap<>();
        for (Column column : table.columns()) {
            if (column.period() != null) {
                byPeriod.computeIfAbsent(column.period(), p -> new ArrayList<>()).add(column.index());
            }
        }
        Set<Integer> shared = new HashSet<>();
        byPeriod.values().stream().filter(c -> c.size() > 1).forEach(shared::addAll);
        return shared;
    }

    /**
     * Adds the facts of a row below the rows of the concepts {@code above} (null for a row without one); returns the
     * concept of the row, or null.
     */
    private String addRow(Table table, Row row, List<String> above, Set<Integer> shared, List<Fact> facts) {
        String conceptName = aliases.conceptOf(table.kind().code(), row.section(), row.label());
        if (conceptName == null && row.unlabeledTotal()) {
            conceptName = aliases.exactConceptOf(table.kind().code(), addedLabels(table.rows(), row));
        }
        conceptName = netOf(conceptName, above);
        if (conceptName != null && ofASegment(table, row)) {
            conceptName = null;
        }
        Concept concept = conceptName == null ? null : concepts.get(conceptName);
        String unitInWords = unitFromWords(row);
        if (unitInWords.equals("USD/share") && termOfComputation(table.rows(), row)) {
            unitInWords = "USD";
        }
        if (unitInWords.equals("USD") && inCentsUnderAScale(table, row)) {
            unitInWords = "USD/share";
            conceptName = null;
            concept = null;
        }
        if (concept != null && unitInWords.equals("USD/share") && concept.perShareBasic() != null) {
            String words = ((row.section() == null ? "" : row.section() + " ") + row.label()).toLowerCase(Locale.ROOT);
            conceptName = DILUTED.matcher(words).find() ? concept.perShareDiluted() : concept.perShareBasic();
            concept = concepts.get(conceptName);
        }
        String named = conceptName;
        if (concept != null && (!fits(concept, table.kind()) || contradicts(unitInWords, concept.unit()))) {
            conceptName = null;
            concept = null;
        }
        String unit = inCurrency(concept != null ? concept.unit() : unitInWords, table.scale().currency());
        BigDecimal multiplier = unit.equals(COUNT) ? countMultiplier(table, row) : multiplier(rowScale(table, row), unit);
        boolean flip = concept != null && concept.deduction() && printedAsDeduction(table, row);
        int decimals = row.cells().stream().filter(c -> c.printed().signum() != 0)
                .mapToInt(c -> Math.max(0, c.printed().scale())).max().orElse(0);
        for (Cell cell : row.cells()) {
            Column column = table.columns().get(cell.column());
            if (column.period() == null) {
                continue;
            }
            boolean percent = cell.text().indexOf('%') >= 0;
            BigDecimal cellMultiplier = percent ? PERCENT_MULTIPLIER : multiplier;
            BigDecimal printed = plain(cell.printed().multiply(cellMultiplier));
            BigDecimal value = flip ? printed.negate() : printed;
            int printedDecimals = cell.printed().signum() == 0 ? decimals : Math.max(0, cell.printed().scale());
            BigDecimal precision = plain(cellMultiplier.movePointLeft(printedDecimals));
            String cellConcept = percent && concept != null && !concept.unit().equals("pure") ? null
                    : inColumn(column, named, conceptName, shared.contains(column.index()), table.kind());
            facts.add(new Fact(table, row, cell.column(), cellConcept, column.period(),
                    percent || unit.equals(COUNT) ? "pure" : unit, value,
                    printed, cell.line(), precision));
        }
        return conceptName;
    }

    /**
     * The concept of a row read as {@code conceptName} just below the rows of the concepts {@code above}: the net of a
     * net total when the two rows just above it are its gross total and then its deduction, else the concept as read.
     * Only the rows just above count, so that the revenues of the next block of a table laid out in blocks (a segment
     * table's "2005" then "2004") are not taken for the net of the block before.
     */
    private String netOf(String conceptName, List<String> above) {
        if (conceptName == null || above.size() < 2) {
            return conceptName;
        }
        String gross = above.get(above.size() - 2);
        String deduction = above.get(above.size() - 1);
        for (NetTotal netTotal : netTotals) {
            if (netTotal.gross().equals(conceptName) && netTotal.gross().equals(gross)
                    && netTotal.deduction().equals(deduction)) {
                return netTotal.net();
            }
        }
        return conceptName;
    }

    /**
     * The concept of a row's number in {@code column}, the row's label naming {@code named} and read as {@code read}
     * once checked against its table: the concept a column concept names for the words over the column, when it fits
     * the table; else none in a column that shares its period with another; else {@code read}.
     */
    private String inColumn(Column column, String named, String read, boolean shared, StatementKind kind) {
        if (named != null && !column.measure().isEmpty()) {
            for (ColumnConcept columnConcept : columnConcepts) {
                Concept concept = concepts.get(columnConcept.concept());
                if (columnConcept.applies(column.measure(), named) && concept != null && fits(concept, kind)) {
                    return concept.name();
                }
            }
        }
        return shared ? null : read;
    }

    /**
     * The labels of the rows a total printed without a label adds up, joined with " + " ("Cash and cash equivalents +
     * Marketable securities"), by which an alias may name it: the rows just above it under the same heading, up to
     * the first that stands under a rule or follows a total; empty unless it adds up two rows or more.
     */
    static String addedLabels(List<Row> rows, Row total) {
        List<String> labels = new ArrayList<>();
        for (int i = rows.indexOf(total) - 1; i >= 0; i--) {
            Row row = rows.get(i);
            if (row.unlabeledTotal() || !Objects.equals(row.section(), total.section())
                    || row.label().toLowerCase(Locale.ROOT).startsWith("total")) {
                break;
            }
            labels.add(0, row.label());
            if (row.ruleAbove()) {
                break;
            }
        }
        return labels.size() < 2 ? "" : String.join(" + ", labels);
    }

    /** A number without trailing zeros, but never in exponent form ("1E+3" is 1000). */
    private static BigDecimal plain(BigDecimal number) {
        BigDecimal stripped = number.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    /**
     * Whether a row of a segment table stands under the name of one segment: a heading that names neither the whole
     * ("Total", "Consolidated") nor a measure an alias knows ("Net sales and revenues"), as "Investment Banking" over
     * its "Net revenues" does, over a label that does not name a whole either ("Total assets"). Its label's concept is
     * that segment's, never the company's.
     */
    private boolean ofASegment(Table table, Row row) {
        return table.kind() == StatementKind.SEGMENT && row.section() != null && !WHOLE.matcher(row.section()).find()
                && !WHOLE.matcher(row.label()).find() && aliases.conceptOf(table.kind().code(), null, row.section()) == null;
    }

    /**
     * Whether a row under a per-share heading is a term of the computation the heading titles, not a per-share amount:
     * its own label names money and not per share ("Net income (loss)" under "PRIMARY EARNINGS (LOSS) PER SHARE"), its
     * numbers are whole and one is as large as a money total (100 or more, where a per-share amount prints its cents),
     * and below it a share count and then a row whose own label names per share are printed, the amount it computes.
     */
    static boolean termOfComputation(List<Row> rows, Row row) {
        String label = AliasBook.key(row.label());
        if (PER_SHARE.matcher(label).find() || !MONEY_WORDS.matcher(label).find()
                || row.cells().stream().anyMatch(c -> c.printed().stripTrailingZeros().scale() > 0)
                || row.cells().stream().noneMatch(c -> c.printed().abs().compareTo(MONEY_TOTAL) >= 0)) {
            return false;
        }
        boolean shares = false;
        for (int i = rows.indexOf(row) + 1; i < rows.size(); i++) {
            String below = AliasBook.key(rows.get(i).label());
            if (SHARE_COUNT.matcher(below).find()) {
                shares = true;
            } else if (PER_SHARE.matcher(below).find()) {
                return shares;
            }
        }
        return false;
    }

    /**
     * Whether a row's numbers are all printed in cents and below {@link #MONEY_TOTAL} ("$.45", "1.53") in a table whose
     * money is in thousands or more: amounts per share whose per-share heading was lost (an HTML table that prints
     * "Earnings Per Common Share", "Basic" and "Discontinued Operations" as flat headings), not money in millions.
     * Its label's money concept would be a misread, so the row keeps none.
     */
    static boolean inCentsUnderAScale(Table table, Row row) {
        List<BigDecimal> printed = row.cells().stream().map(Cell::printed).filter(p -> p.signum() != 0).toList();
        return table.scale().multiplier().compareTo(BigDecimal.valueOf(1000)) >= 0 && !printed.isEmpty()
                && row.cells().stream().noneMatch(c -> c.text().indexOf('%') >= 0)
                && printed.stream().allMatch(p -> p.scale() == 2 && p.abs().compareTo(MONEY_TOTAL) < 0);
    }

    /**
     * Whether a concept can stand in a table of this kind: a balance-sheet concept not in an income statement, an
     * income concept not in a balance sheet ("Receivables" in a cash-flow statement is a change, not a balance).
     * Income concepts may appear in cash-flow and equity statements; any concept in other tables; a concept of no
     * primary statement (statement "other", such as an average balance) in any table.
     */
    static boolean fits(Concept concept, StatementKind kind) {
        String statement = concept.statement();
        if (statement.equals("other")) {
            return true;
        }
        return switch (kind) {
            case INCOME, BALANCE, CASHFLOW -> statement.equals(kind.code())
                    || (kind == StatementKind.CASHFLOW && statement.equals("income"));
            case EQUITY -> !statement.equals("cashflow");
            default -> true;
        };
    }

    /**
     * Whether the words of a row contradict a concept's unit: a row under "Per Common Share:" is not the money amount
     * its bare label ("Net earnings") names, nor is a per-share row a share count.
     */
    private static boolean contradicts(String unitInWords, String conceptUnit) {
        return unitInWords.equals("USD/share") != conceptUnit.equals("USD/share")
                || (unitInWords.equals("shares") && conceptUnit.equals("USD"));
    }

    /**
     * Whether a deduction row is printed in parentheses: every non-zero number of the row negative, counting only the
     * columns of periods (not a column of note numbers such as AEGON's "2(k)").
     */
    private static boolean printedAsDeduction(Table table, Row row) {
        List<Cell> figures = row.cells().stream().filter(c -> table.columns().get(c.column()).period() != null).toList();
        return figures.stream().anyMatch(c -> c.printed().signum() < 0)
                && figures.stream().noneMatch(c -> c.printed().signum() > 0);
    }

    /**
     * The unit of a row no alias knows, from the words of its label and heading: a count of things ("Headcount",
     * "Macintosh unit sales") is {@link #COUNT}, stored as "pure". The label's own words win over its heading's: a
     * label naming money and stating its scale ("Net earnings applicable to common shareholders (millions)") is an
     * amount, not per share, and a row printed with "$" is no share count, under whatever heading of shares it
     * stands.
     */
    static String unitFromWords(Row row) {
        String label = AliasBook.key(row.label());
        String headings = row.context() == null ? row.section() : row.context();
        String context = headings == null ? label : AliasBook.key(headings) + " " + label;
        String printed = (headings == null ? "" : headings + " ") + row.label();
        if (SHARE_COUNT.matcher(label).find()) {
            return "shares";
        }
        if (namesThings(label) && COUNT_OF_THINGS.matcher(SCALE_WORDS.matcher(label).replaceAll("")).find()) {
            return COUNT;
        }
        boolean scaled = row.label().indexOf('(') >= 0 && !Scale.statedIn(row.label()).phrase().isEmpty();
        if (scaled && MONEY_WORDS.matcher(label).find()) {
            return "USD";
        }
        boolean dollars = row.cells().stream().anyMatch(c -> c.text().indexOf('$') >= 0);
        if (!dollars && SHARE_COUNT.matcher(context).find()) {
            return "shares";
        }
        if (PER_SHARE.matcher(PAR_VALUE.matcher(context).replaceAll("")).find()) {
            return "USD/share";
        }
        if (PERCENT.matcher(printed.toLowerCase(Locale.ROOT)).find() || namesRate(label)) {
            return "pure";
        }
        return "USD";
    }

    /**
     * Whether a label (in {@link AliasBook#key} form) names a rate or yield, printed in percent, and not the effect of
     * a change in one ("Effective tax rate", "Rate of compensation increase"; not "Effect of change in tax rate").
     */
    private static boolean namesRate(String label) {
        return (label.contains("rate") || label.contains("yield")) && RATE_ROW.matcher(label).find()
                && (label.startsWith("rate") || !CHANGE_WORDS.matcher(label).find());
    }

    /** Whether a label holds a word that every {@link #COUNT_OF_THINGS} label holds, checked before the pattern. */
    private static boolean namesThings(String label) {
        return label.contains("employees") || label.contains("headcount") || label.contains("associates")
                || label.contains("unit") || label.contains("vehicles");
    }

    /** A money unit in the table's currency ("USD/share" becomes "EUR/share" in a euro table). */
    private static String inCurrency(String unit, String currency) {
        return unit.startsWith("USD") ? currency + unit.substring(3) : unit;
    }

    /**
     * What a count of things is multiplied by: the scale its row states ("Employees (in thousands)"), else the table's
     * when its title says the things are counted in it ("unit sales in thousands"), else one: a table's "(in millions,
     * except per share, headcount and ratio data)" is the scale of its money.
     */
    private static BigDecimal countMultiplier(Table table, Row row) {
        Scale stated = rowScale(table, row);
        if (stated != table.scale()) {
            return stated.multiplier();
        }
        return COUNT_SCALE.matcher(table.title()).find() ? table.scale().multiplier() : BigDecimal.ONE;
    }

    /** The scale a row states in its label or heading ("Weighted shares (in thousands)"), else its table's. */
    private static Scale rowScale(Table table, Row row) {
        String words = (row.section() == null ? "" : row.section() + " ") + row.label();
        Scale stated = words.indexOf('(') < 0 ? null : Scale.statedIn(words);
        return stated == null || stated.phrase().isEmpty()
                ? table.scale()
                : new Scale(stated.multiplier(), true, stated.phrase(), table.scale().currency());
    }

    private static BigDecimal multiplier(Scale scale, String unit) {
        if (unit.equals(scale.currency())) {
            return scale.multiplier();
        }
        return switch (unit) {
            case "shares" -> scale.appliesToShares() ? scale.multiplier() : BigDecimal.ONE;
            case "pure" -> PERCENT_MULTIPLIER;
            default -> BigDecimal.ONE;
        };
    }
}
