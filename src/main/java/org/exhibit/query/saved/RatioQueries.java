package org.exhibit.query.saved;

import static org.exhibit.query.saved.Exprs.fraction;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.max;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.when;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.jooq.Field;
import org.jooq.Select;

/** Saved queries that set one line against another of the same period: margins and balance-sheet ratios. */
final class RatioQueries {

    private RatioQueries() {
    }

    /** Gross, operating and net margin of every period with revenue, as fractions of revenue. */
    static Select<?> margins(Company company, LocalDate asOf) {
        Known k = Known.facts(company, List.of("Revenues", "CostOfRevenue", "GrossProfit", "OperatingIncomeLoss", "NetIncomeLoss"),
                asOf, "k");
        Field<BigDecimal> revenue = pick(k, "Revenues");
        Field<BigDecimal> gross = coalesce(pick(k, "GrossProfit"), revenue.minus(pick(k, "CostOfRevenue")));
        return select(k.periodEnd().as("period_end"), k.months().as("months"), revenue.as("revenue"),
                fraction(gross, revenue).as("gross_margin"),
                fraction(pick(k, "OperatingIncomeLoss"), revenue).as("operating_margin"),
                fraction(pick(k, "NetIncomeLoss"), revenue).as("net_margin"))
                .from(k.table())
                .where(k.months().gt(0))
                .groupBy(k.periodEnd(), k.months())
                .having(revenue.isNotNull())
                .orderBy(k.periodEnd(), k.months());
    }

    /** Liquidity and leverage ratios at every balance-sheet date; cash is cash and equivalents, else cash printed alone. */
    static Select<?> ratios(Company company, LocalDate asOf) {
        Known k = Known.facts(company, List.of("AssetsCurrent", "LiabilitiesCurrent", "CashAndCashEquivalentsAtCarryingValue",
                "Cash", "AccountsReceivableNetCurrent", "LongTermDebtCurrent", "LongTermDebtNoncurrent", "Liabilities",
                "StockholdersEquity", "Assets"), asOf, "k");
        Field<BigDecimal> currentLiabilities = pick(k, "LiabilitiesCurrent");
        Field<BigDecimal> equity = pick(k, "StockholdersEquity");
        Field<BigDecimal> cash = coalesce(pick(k, "CashAndCashEquivalentsAtCarryingValue"), pick(k, "Cash"));
        Field<BigDecimal> debtCurrent = pick(k, "LongTermDebtCurrent");
        Field<BigDecimal> debtNoncurrent = pick(k, "LongTermDebtNoncurrent");
        Field<BigDecimal> debt = when(debtCurrent.isNull().and(debtNoncurrent.isNull()), inline((BigDecimal) null))
                .otherwise(coalesce(debtCurrent, inline(BigDecimal.ZERO)).plus(coalesce(debtNoncurrent, inline(BigDecimal.ZERO))));
        return select(k.periodEnd().as("period_end"),
                fraction(pick(k, "AssetsCurrent"), currentLiabilities).as("current_ratio"),
                fraction(cash.plus(pick(k, "AccountsReceivableNetCurrent")), currentLiabilities).as("quick_ratio"),
                fraction(cash, currentLiabilities).as("cash_ratio"),
                fraction(debt, equity).as("debt_to_equity"),
                fraction(pick(k, "Liabilities"), equity).as("liabilities_to_equity"),
                fraction(equity, pick(k, "Assets")).as("equity_to_assets"))
                .from(k.table())
                .where(k.months().eq(0))
                .groupBy(k.periodEnd())
                .orderBy(k.periodEnd());
    }

    /** The value of {@code concept} among a group's rows (a known fact is one row per concept and period). */
    static Field<BigDecimal> pick(Known k, String concept) {
        return max(when(k.concept().eq(inline(concept)), k.value()));
    }
}
