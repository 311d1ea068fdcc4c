package org.exhibit.query.saved;

import static org.exhibit.query.saved.Param.choice;
import static org.exhibit.query.saved.Param.optional;
import static org.exhibit.query.saved.Param.required;
import static org.exhibit.query.saved.ParamType.COMPANY;
import static org.exhibit.query.saved.ParamType.CONCEPT;
import static org.exhibit.query.saved.ParamType.DATE;
import static org.exhibit.query.saved.ParamType.INTEGER;
import static org.exhibit.query.saved.ParamType.STATEMENT;
import static org.exhibit.query.saved.ParamType.TEXT;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;

/** The saved queries exhibit ships, in the order {@code saved} lists them. */
public final class Catalogue {

    /** The point-in-time parameter every saved query takes. */
    static final String AS_OF = "as_of";

    private static final int DEFAULT_PERIODS = 8;

    private static final List<SavedQuery> QUERIES = build();

    private Catalogue() {
    }

    /** Every saved query. */
    public static List<SavedQuery> all() {
        return QUERIES;
    }

    /** The saved query with this name, in any letter case. */
    public static Optional<SavedQuery> find(String name) {
        return QUERIES.stream().filter(q -> q.name().equalsIgnoreCase(name.trim())).findFirst();
    }

    private static List<SavedQuery> build() {
        Properties descriptions = descriptions();
        List<SavedQuery> queries = new ArrayList<>();
        Adder add = (name, builder, params) -> {
            List<Param> all = new ArrayList<>(List.of(params));
            all.add(optional(AS_OF, DATE));
            String description = descriptions.getProperty(name);
            if (description == null) {
                throw new IllegalStateException("saved-queries.properties has no description of " + name);
            }
            queries.add(new SavedQuery(name, description, List.copyOf(all), builder));
        };
        add.add("growth", a -> PeriodQueries.growth(snapshot(a), a.text("basis")),
                required("company", COMPANY), required("concept", CONCEPT), choice("basis", "yoy", "sequential"));
        add.add("quarterly", a -> PeriodQueries.quarterly(snapshot(a), Fiscal.yearEndMonth(a.dsl(), a.company())),
                required("company", COMPANY), required("concept", CONCEPT));
        add.add("ttm", a -> PeriodQueries.ttm(snapshot(a)),
                required("company", COMPANY), required("concept", CONCEPT));
        add.add("margins", a -> RatioQueries.margins(a.company(), a.asOf()), required("company", COMPANY));
        add.add("ratios", a -> RatioQueries.ratios(a.company(), a.asOf()), required("company", COMPANY));
        add.add("compare-periods", a -> StatementQueries.comparePeriods(a.dsl(), a.company(), a.text("statement"),
                        a.integer("months"), a.integer("periods") == null ? DEFAULT_PERIODS : a.integer("periods"), a.asOf()),
                required("company", COMPANY), required("statement", STATEMENT), optional("months", INTEGER),
                optional("periods", INTEGER));
        add.add("compare-companies", a -> CompanyQueries.compareCompanies(a.dsl(), a.text("concept"), a.date("period_end"),
                        a.integer("fiscal_year"), a.integer("months"), a.text("unit"), a.asOf()),
                required("concept", CONCEPT), optional("period_end", DATE), optional("fiscal_year", INTEGER),
                optional("months", INTEGER), optional("unit", TEXT));
        add.add("common-size", a -> StatementQueries.commonSize(a.company(), a.text("statement"), a.asOf(),
                        Known.snapshot(a.dsl(), a.company(), StatementQueries.commonSizeBase(a.text("statement")), a.asOf())),
                required("company", COMPANY), required("statement", STATEMENT));
        add.add("restatements", a -> CompanyQueries.restatements(a.company(), a.asOf()), optional("company", COMPANY));
        return List.copyOf(queries);
    }

    /** The company's concept as known at as_of, for the queries that derive periods from it. */
    private static Known.Snapshot snapshot(Args a) {
        return Known.snapshot(a.dsl(), a.company(), a.text("concept"), a.asOf());
    }

    /** Adds one saved query to the catalogue. */
    @FunctionalInterface
    private interface Adder {
        void add(String name, SavedQuery.Builder builder, Param... params);
    }

    private static Properties descriptions() {
        Properties properties = new Properties();
        try (InputStream in = Catalogue.class.getResourceAsStream("saved-queries.properties")) {
            if (in == null) {
                throw new IllegalStateException("saved-queries.properties is missing from the jar");
            }
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }
}
