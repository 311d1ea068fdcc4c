package org.exhibit.check;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntUnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.exhibit.parse.ProseLine;

/**
 * Reads the claims of a document's prose about the company's own figures: in each sentence, the amounts
 * ("$21,906,000", "$11.9 million"), per-share amounts, share counts, changes ("up 263%", "an increase of 116%") and
 * multiples ("nearly tripling") stated of a subject the tables print (net sales, gross profit, net income ...).
 *
 * <p>Prose is full of numbers about other things (segments, products, charges, forecasts), so a claim is read only
 * where the words tie it to the company's own figure: the subject is named plainly (at the start of a clause, or after
 * "the", "its", "our", "a", "total", "record quarterly" ...; not "International net sales", not "net sales for
 * accessories"), and the amount follows it closely through "of", "was", "were", "totaled", "to" ..., or follows an
 * amount so tied through "compared with", "from", "versus". A change or multiple belongs to the amount just before
 * it, else to the subject named just before (or just after) it.
 */
final class Claims {

    /** What a claim can be about, and the concepts of the tables that print it. */
    enum Subject {
        REVENUES("(?:net\\s+)?(?:sales|revenues?)", List.of("Revenues", "RevenuesNetOfInterestExpense")),
        GROSS_PROFIT("gross\\s+(?:profit|margin)", List.of("GrossProfit")),
        OPERATING_INCOME("operating\\s+(?:income|loss|profit)|(?:income|loss)\\s+from\\s+operations",
                List.of("OperatingIncomeLoss")),
        NET_INCOME("net\\s+(?:income|loss|profit|earnings)|profit", List.of("NetIncomeLoss")),
        SELLING("selling,?\\s+general\\s+and\\s+administrative(?:\\s+expenses?)?",
                List.of("SellingGeneralAndAdministrativeExpense")),
        OPERATING_EXPENSES("(?:total\\s+)?operating\\s+expenses", List.of("OperatingExpenses")),
        SHARES("weighted\\s+average\\s+(?:number\\s+of\\s+)?(?:common\\s+)?shares(?:\\s+outstanding)?",
                List.of("WeightedAverageNumberOfDilutedSharesOutstanding", "WeightedAverageNumberOfSharesOutstandingBasic",
                        "WeightedAverageNumberOfShareOutstandingBasicAndDiluted")),
        PER_SHARE("", List.of("EarningsPerShareDiluted", "EarningsPerShareBasic", "EarningsPerShareBasicAndDiluted"));

        private final Pattern words;
        private final List<String> concepts;

        Subject(String words, List<String> concepts) {
            this.words = words.isEmpty() ? null : Pattern.compile("(?i)\\b(?:" + words + ")\\b");
            this.concepts = concepts;
        }

        /** The concepts whose figures say what this subject is. */
        List<String> concepts() {
            return concepts;
        }
    }

    /** What kind of number a claim states. */
    enum Kind { AMOUNT, CHANGE, MULTIPLE }

    /**
     * One claim of a sentence.
     *
     * @param kind an amount, a change in percent, or a multiple
     * @param subject what it is about
     * @param value the amount in full units (a magnitude), the change as a fraction (0.272), or the multiple (3)
     * @param precision what one unit of its last significant digit is worth ("$11.9 million": 100,000)
     * @param qualifier "nearly", "approximately", "more than" ... or empty
     * @param text the words it was read from
     * @param offset where in its sentence it stands
     * @param line the 1-based source line it stands on
     */
    record Claim(Kind kind, Subject subject, BigDecimal value, BigDecimal precision, String qualifier, String text,
                 int offset, int line) {
    }

    /**
     * A sentence of prose with its claims.
     *
     * @param text the sentence, its lines joined with spaces (claims' offsets point into it)
     * @param months the duration its words name (3 for "quarter", 9 for "nine months"), or 0 when they name none
     * @param respectively whether it pairs lists ("$1.2 and $3.4 billion in 2005 and 2004, respectively"), so that which
     *     amount is which period cannot be told from the order
     * @param years the years it names ("in 2000"), which the figures it speaks of end in
     * @param claims what it claims, in the order written
     */
    record Sentence(String text, int months, boolean respectively, Set<Integer> years, List<Claim> claims) {
    }

    /** Where a subject is named in a sentence. */
    private record Mention(Subject subject, int start, int end) {
    }

    private static final Pattern AMOUNT = Pattern.compile(
            "\\$\\s?(\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.(\\d+))?(?:\\s+(million|billion|thousand)\\b)?");
    private static final Pattern COUNT = Pattern.compile(
            "(?<![$\\d.,])(\\d{1,3}(?:,\\d{3})+)(?:\\.(\\d+))?(?:\\s+(million|billion|thousand)\\b)?(?![\\d,]*\\s?%)");
    /** Words that make a per-share amount one of earnings (not a par value, a price, a dividend). */
    private static final Pattern EARNINGS = Pattern.compile("(?i)\\b(?:earn\\w*|net\\s+(?:income|loss|profit)|eps)\\b");
    private static final BigDecimal CENT = new BigDecimal("0.01");
    private static final Pattern PER_SHARE = Pattern.compile("(?i)^\\s*(?:per|a)\\s+(?:\\w+\\s+){0,2}share\\b");
    private static final Pattern PERCENT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s?(?:%|percent\\b)");
    private static final Pattern MULTIPLE = Pattern.compile("(?i)\\b((?:nearly|almost|more\\s+than|over|approximately"
            + "|roughly|about)\\s+)?(doubl|tripl|quadrupl)(?:e|ed|es|ing)\\b");
    private static final Pattern UP = Pattern.compile(
            "(?i)\\b(?:increas\\w*|up|higher|grew|grow\\w*|rose|rise|climb\\w*|gain\\w*|improv\\w*)\\b");
    private static final Pattern DOWN = Pattern.compile(
            "(?i)\\b(?:decreas\\w*|down|lower|declin\\w*|fell|fall\\w*|dropp?\\w*|reduc\\w*)\\b");
    private static final Pattern QUALIFIER = Pattern.compile(
            "(?i)\\b(nearly|almost|more\\s+than|over|approximately|roughly|about|some)\\s*\\(?$");
    private static final Pattern LEVELS = Pattern.compile("(?i)\\b(?:from|to)\\s+(?:approximately\\s+)?\\d+(?:\\.\\d+)?\\s?%"
            + ".{0,80}?\\b(?:to|from)\\s+(?:approximately\\s+)?\\d+(?:\\.\\d+)?\\s?%");
    /** What may stand just before a subject named plainly: the start of a clause, or a determiner. */
    private static final Pattern PLAIN_BEFORE = Pattern.compile("(?i)(?:^|[,;:(\"'\u201c*-]|\\b(?:the|its|our|a|an|total"
            + "|consolidated|company'?s|company\u2019s|record|quarterly|annual|and|with|that|while|but|posts?|posted|reports?"
            + "|reported|generat\\w+|achiev\\w+|record(?:s|ed)))\\s*$");
    /**
     * Words just after a subject that make it a part of the company (a segment, a region, a product): "net income of
     * the Company's Financial Services operations".
     */
    private static final Pattern PART_AFTER = Pattern.compile("(?i)^\\s*(?:for|from|of|in|at)\\s+(?:the\\s+|this\\s+|its\\s+"
            + "|our\\s+)?(?:[\\w'\u2019]+\\s+){0,3}?(?:(?:segments?|divisions?|subsidiar\\w*|business\\w*|products?|regions?|units?"
            + "|accessor\\w*|apparel|international|domestic|foreign|europe\\w*|americas|asia\\w*|japan\\w*|countr\\w*"
            + "|markets?|hemisphere|operations)\\b|u\\.\\s?s\\.)");
    /** Words tying an amount to the subject before it. */
    private static final Pattern TIED = Pattern.compile("(?i)\\b(?:of|was|were|is|are|totaled|totalled|amounted\\s+to"
            + "|reached|to|at|from)\\b");
    /** Words tying an amount to the amount before it, as what it is compared with. */
    private static final Pattern COMPARED = Pattern.compile("(?i)\\b(?:compared\\s+(?:to|with)|from|to|versus|vs\\.?|against)"
            + "\\s+(?:(?:the|a|an)\\s+)?(?:[\\w-]+\\s+){0,3}?(?:of\\s+)?\\(?$");
    private static final Pattern YEAR_NUMBER = Pattern.compile("(?<![\\d,.$])(?:19[5-9]\\d|20[0-4]\\d)(?![\\d,]|\\.\\d)");
    private static final Pattern RESPECTIVELY = Pattern.compile("(?i)\\brespectively\\b");
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?][\"')\u201d]?)\\s+(?=[\"'(\u201c]?[A-Z])");
    private static final Pattern ABBREVIATION = Pattern.compile(
            "(?i)(?:\\b(?:inc|corp|co|ltd|no|mr|mrs|ms|dr|st|vs|u\\.s)|\\b[a-z])\\.$");
    private static final Pattern NINE_MONTHS = Pattern.compile("(?i)\\bnine[\\s-]+months?\\b|\\b39[\\s-]+weeks\\b");
    private static final Pattern SIX_MONTHS = Pattern.compile("(?i)\\bsix[\\s-]+months?\\b|\\b26[\\s-]+weeks\\b");
    private static final Pattern QUARTER = Pattern.compile("(?i)\\bquarter(?:ly)?\\b|\\bthree[\\s-]+months?\\b|\\b13[\\s-]+weeks\\b");
    private static final Pattern YEAR = Pattern.compile("(?i)\\b(?:fiscal\\s+)?year\\b|\\btwelve[\\s-]+months\\b|\\bannual\\b");
    private static final int TIED_GAP = 70;
    private static final int COMPARED_GAP = 160;

    private Claims() {
    }

    /** The sentences of the prose that make at least one claim. */
    static List<Sentence> read(List<ProseLine> prose) {
        List<Sentence> sentences = new ArrayList<>();
        int start = 0;
        while (start < prose.size()) {
            int end = start;
            while (end < prose.size() && prose.get(end).paragraph() == prose.get(start).paragraph()) {
                end++;
            }
            sentences.addAll(paragraph(prose.subList(start, end)));
            start = end;
        }
        return sentences;
    }

    /** The sentences of one paragraph, with the source line of every character. */
    private static List<Sentence> paragraph(List<ProseLine> lines) {
        StringBuilder text = new StringBuilder();
        List<int[]> starts = new ArrayList<>();
        for (ProseLine line : lines) {
            if (text.length() > 0) {
                text.append(' ');
            }
            starts.add(new int[] {text.length(), line.line()});
            text.append(line.text());
        }
        String joined = text.toString();
        List<Sentence> sentences = new ArrayList<>();
        int from = 0;
        Matcher end = SENTENCE_END.matcher(joined);
        while (end.find()) {
            if (ABBREVIATION.matcher(joined.substring(Math.max(from, end.start() - 6), end.start())).find()) {
                continue;
            }
            sentence(joined, from, end.start(), starts).ifPresent(sentences::add);
            from = end.end();
        }
        sentence(joined, from, joined.length(), starts).ifPresent(sentences::add);
        return sentences;
    }

    private static Optional<Sentence> sentence(String paragraph, int from, int to, List<int[]> starts) {
        String text = paragraph.substring(from, to);
        List<Claim> claims = claims(text, offset -> lineAt(starts, from + offset));
        if (claims.isEmpty()) {
            return Optional.empty();
        }
        Set<Integer> years = new TreeSet<>();
        Matcher year = YEAR_NUMBER.matcher(text);
        while (year.find()) {
            years.add(Integer.parseInt(year.group()));
        }
        return Optional.of(new Sentence(text, months(text), RESPECTIVELY.matcher(text).find(), years, claims));
    }

    private static int lineAt(List<int[]> starts, int offset) {
        int line = starts.get(0)[1];
        for (int[] start : starts) {
            if (start[0] <= offset) {
                line = start[1];
            }
        }
        return line;
    }

    /** The claims of one sentence, in the order written. */
    static List<Claim> claims(String text, IntUnaryOperator lineAt) {
        List<Mention> mentions = mentions(text);
        List<Claim> claims = new ArrayList<>();
        Matcher amount = AMOUNT.matcher(text);
        boolean earnings = EARNINGS.matcher(text).find();
        while (amount.find()) {
            if (PER_SHARE.matcher(text.substring(amount.end())).find()) {
                if (earnings) {
                    Claim perShare = amount(Subject.PER_SHARE, amount, text, lineAt);
                    claims.add(new Claim(perShare.kind(), perShare.subject(), perShare.value(),
                            perShare.precision().min(CENT), perShare.qualifier(), perShare.text(), perShare.offset(),
                            perShare.line()));
                }
                continue;
            }
            subjectOf(text, amount.start(), mentions, claims)
                    .filter(s -> s != Subject.SHARES)
                    .ifPresent(s -> claims.add(amount(s, amount, text, lineAt)));
        }
        Matcher count = COUNT.matcher(text);
        while (count.find()) {
            subjectOf(text, count.start(), mentions, claims)
                    .filter(s -> s == Subject.SHARES)
                    .ifPresent(s -> claims.add(amount(s, count, text, lineAt)));
        }
        claims.sort(Comparator.comparingInt(Claim::offset));
        List<Claim> changes = new ArrayList<>();
        Matcher percent = PERCENT.matcher(text);
        while (percent.find()) {
            int sign = direction(text, percent.start(), percent.end());
            Optional<Subject> subject = changeSubject(text, percent.start(), percent.end(), mentions, claims);
            if (sign == 0 || subject.isEmpty() || isLevel(text, percent.start())) {
                continue;
            }
            BigDecimal value = new BigDecimal(percent.group(1));
            changes.add(new Claim(Kind.CHANGE, subject.get(), value.movePointLeft(2).multiply(BigDecimal.valueOf(sign)),
                    BigDecimal.ONE.movePointLeft(2 + Math.max(0, value.scale())), qualifier(text, percent.start()),
                    percent.group(), percent.start(), lineAt.applyAsInt(percent.start())));
        }
        Matcher multiple = MULTIPLE.matcher(text);
        while (multiple.find()) {
            Optional<Subject> subject = changeSubject(text, multiple.start(), multiple.end(), mentions, claims);
            if (subject.isEmpty()) {
                continue;
            }
            int times = switch (multiple.group(2).toLowerCase(Locale.ROOT)) {
                case "doubl" -> 2;
                case "tripl" -> 3;
                default -> 4;
            };
            String qualifier = multiple.group(1) == null ? "" : multiple.group(1).trim().toLowerCase(Locale.ROOT);
            changes.add(new Claim(Kind.MULTIPLE, subject.get(), BigDecimal.valueOf(times), BigDecimal.ONE, qualifier,
                    multiple.group(), multiple.start(), lineAt.applyAsInt(multiple.start())));
        }
        claims.addAll(changes);
        claims.sort(Comparator.comparingInt(Claim::offset));
        return claims;
    }

    /**
     * The subject an amount at {@code offset} is stated of: the subject named plainly before it and tied to it by a
     * few words ("net sales for the quarter were"), else the subject of an amount before it that it is compared with
     * ("... from $3,201,000", "from $1,250,000 ... to $2,838,000").
     */
    private static Optional<Subject> subjectOf(String text, int offset, List<Mention> mentions, List<Claim> before) {
        Mention nearest = null;
        for (Mention m : mentions) {
            if (m.end() <= offset) {
                nearest = m;
            }
        }
        if (nearest != null && offset - nearest.end() <= TIED_GAP) {
            String gap = text.substring(nearest.end(), offset);
            if (TIED.matcher(gap).find() && gap.indexOf('$') < 0) {
                return Optional.of(nearest.subject());
            }
        }
        String lead = text.substring(Math.max(0, offset - 60), offset);
        if (COMPARED.matcher(lead).find()) {
            return before.stream().filter(c -> c.kind() == Kind.AMOUNT && c.subject() != Subject.PER_SHARE
                            && c.offset() < offset && offset - c.offset() <= COMPARED_GAP)
                    .reduce((a, b) -> b).map(Claim::subject);
        }
        return Optional.empty();
    }

    /**
     * The subject of a change: that of the amount just before it ("$11,915,000, a 272% increase"), else the subject
     * named plainly just before it ("selling, general and administrative expenses increased ... by 56%"; not a gross
     * margin, whose percentages are levels) or just after it ("272% revenue growth").
     */
    private static Optional<Subject> changeSubject(String text, int start, int end, List<Mention> mentions, List<Claim> amounts) {
        Optional<Claim> amount = amounts.stream().filter(c -> c.offset() < start && start - c.offset() <= 40)
                .reduce((a, b) -> b);
        if (amount.isPresent()) {
            return Optional.of(amount.get().subject());
        }
        Mention before = null;
        for (Mention m : mentions) {
            if (m.end() <= start && start - m.end() <= 80) {
                before = m;
            }
        }
        if (before != null) {
            boolean margin = text.substring(before.start(), before.end()).toLowerCase(Locale.ROOT).contains("margin");
            return margin ? Optional.empty() : Optional.of(before.subject());
        }
        return mentions.stream().filter(m -> m.start() >= end && m.start() - end <= 20).findFirst().map(Mention::subject);
    }

    private static Claim amount(Subject subject, Matcher m, String text, IntUnaryOperator lineAt) {
        String digits = m.group(1).replace(",", "");
        BigDecimal number = new BigDecimal(digits + (m.group(2) == null ? "" : "." + m.group(2)));
        BigDecimal scale = m.group(3) == null ? BigDecimal.ONE : switch (m.group(3).toLowerCase(Locale.ROOT)) {
            case "thousand" -> BigDecimal.valueOf(1_000);
            case "million" -> BigDecimal.valueOf(1_000_000);
            default -> BigDecimal.valueOf(1_000_000_000);
        };
        BigDecimal precision = m.group(2) != null ? scale.movePointLeft(m.group(2).length())
                : scale.movePointRight(Math.max(0, -new BigDecimal(digits).stripTrailingZeros().scale()));
        return new Claim(Kind.AMOUNT, subject, number.multiply(scale), precision, qualifier(text, m.start()), m.group(),
                m.start(), lineAt.applyAsInt(m.start()));
    }

    /** Where the sentence names a subject plainly: after the start of a clause or a determiner, and not a part of it. */
    private static List<Mention> mentions(String text) {
        List<Mention> found = new ArrayList<>();
        for (Subject subject : Subject.values()) {
            if (subject.words == null) {
                continue;
            }
            Matcher m = subject.words.matcher(text);
            while (m.find()) {
                boolean plain = PLAIN_BEFORE.matcher(text.substring(Math.max(0, m.start() - 30), m.start())).find()
                        && !PART_AFTER.matcher(text.substring(m.end(), Math.min(text.length(), m.end() + 60))).find();
                if (plain) {
                    found.add(new Mention(subject, m.start(), m.end()));
                }
            }
        }
        found.sort(Comparator.comparingInt(Mention::start).thenComparingInt(m -> -(m.end() - m.start())));
        List<Mention> kept = new ArrayList<>();
        int covered = -1;
        for (Mention m : found) {
            if (m.start() >= covered) {
                kept.add(m);
                covered = m.end();
            }
        }
        return kept;
    }

    /** +1 for an increase, -1 for a decrease, 0 when the words around a percentage name no change. */
    private static int direction(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 60), start);
        String after = text.substring(end, Math.min(text.length(), end + 20));
        int up = last(UP, before);
        int down = last(DOWN, before);
        if (up < 0 && down < 0) {
            if (UP.matcher(after).find()) {
                return 1;
            }
            return DOWN.matcher(after).find() ? -1 : 0;
        }
        return up > down ? 1 : -1;
    }

    private static int last(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        int last = -1;
        while (m.find()) {
            last = m.start();
        }
        return last;
    }

    /** Whether a percentage is one of two levels, "from 29% ... to 28%" or "to 17% from 19%", rather than a change. */
    private static boolean isLevel(String text, int start) {
        Matcher m = LEVELS.matcher(text);
        while (m.find()) {
            if (start >= m.start() && start < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** The qualifying word just before a number ("approximately 56%"), lower case, or empty. */
    private static String qualifier(String text, int start) {
        Matcher m = QUALIFIER.matcher(text.substring(Math.max(0, start - 20), start));
        return m.find() ? m.group(1).replaceAll("\\s+", " ").toLowerCase(Locale.ROOT) : "";
    }

    /** The duration a sentence names: 9, 6, 3 or 12 months, or 0. */
    private static int months(String text) {
        if (NINE_MONTHS.matcher(text).find()) {
            return 9;
        }
        if (SIX_MONTHS.matcher(text).find()) {
            return 6;
        }
        if (QUARTER.matcher(text).find()) {
            return 3;
        }
        return YEAR.matcher(text).find() ? 12 : 0;
    }
}
