package org.exhibit.generate;

/**
 * A line of a generated statement: the concept a reader should find on it (null for lines no canonical concept covers),
 * what kind of number it holds and whether it is a deduction, stored positive whatever sign it is printed with.
 */
enum Item {
    REVENUE("Revenues", Unit.MONEY, false),
    COST_OF_REVENUE("CostOfRevenue", Unit.MONEY, true),
    GROSS_PROFIT("GrossProfit", Unit.MONEY, false),
    SELLING_GENERAL("SellingGeneralAndAdministrativeExpense", Unit.MONEY, true),
    RESEARCH("ResearchAndDevelopmentExpense", Unit.MONEY, true),
    DEPRECIATION("DepreciationAndAmortization", Unit.MONEY, true),
    OPERATING_EXPENSES("OperatingExpenses", Unit.MONEY, true),
    OPERATING_INCOME("OperatingIncomeLoss", Unit.MONEY, false),
    INTEREST_EXPENSE("InterestExpense", Unit.MONEY, true),
    OTHER_INCOME("OtherNonoperatingIncomeExpense", Unit.MONEY, false),
    PRETAX_INCOME("IncomeLossBeforeIncomeTaxes", Unit.MONEY, false),
    INCOME_TAX("IncomeTaxExpenseBenefit", Unit.MONEY, true),
    NET_INCOME("NetIncomeLoss", Unit.MONEY, false),
    EPS_BASIC("EarningsPerShareBasic", Unit.PER_SHARE, false),
    EPS_DILUTED("EarningsPerShareDiluted", Unit.PER_SHARE, false),
    SHARES_BASIC("WeightedAverageNumberOfSharesOutstandingBasic", Unit.SHARES, false),
    SHARES_DILUTED("WeightedAverageNumberOfDilutedSharesOutstanding", Unit.SHARES, false),

    CASH("CashAndCashEquivalentsAtCarryingValue", Unit.MONEY, false),
    RECEIVABLES("AccountsReceivableNetCurrent", Unit.MONEY, false),
    INVENTORY("InventoryNet", Unit.MONEY, false),
    PREPAID("PrepaidExpenseAndOtherAssetsCurrent", Unit.MONEY, false),
    CURRENT_ASSETS("AssetsCurrent", Unit.MONEY, false),
    PROPERTY("PropertyPlantAndEquipmentNet", Unit.MONEY, false),
    GOODWILL("Goodwill", Unit.MONEY, false),
    INTANGIBLES("IntangibleAssetsNetExcludingGoodwill", Unit.MONEY, false),
    OTHER_ASSETS("OtherAssetsNoncurrent", Unit.MONEY, false),
    ASSETS("Assets", Unit.MONEY, false),
    PAYABLES("AccountsPayableAndAccruedLiabilitiesCurrent", Unit.MONEY, false),
    CURRENT_DEBT("LongTermDebtCurrent", Unit.MONEY, false),
    CURRENT_LIABILITIES("LiabilitiesCurrent", Unit.MONEY, false),
    LONG_TERM_DEBT("LongTermDebtNoncurrent", Unit.MONEY, false),
    LIABILITIES("Liabilities", Unit.MONEY, false),
    COMMON_STOCK("CommonStockValue", Unit.MONEY, false),
    PAID_IN_CAPITAL("AdditionalPaidInCapital", Unit.MONEY, false),
    RETAINED_EARNINGS("RetainedEarningsAccumulatedDeficit", Unit.MONEY, false),
    TREASURY_STOCK("TreasuryStockValue", Unit.MONEY, true),
    EQUITY("StockholdersEquity", Unit.MONEY, false),
    LIABILITIES_AND_EQUITY("LiabilitiesAndStockholdersEquity", Unit.MONEY, false),

    CASH_NET_INCOME("NetIncomeLoss", Unit.MONEY, false),
    CASH_DEPRECIATION("DepreciationAndAmortization", Unit.MONEY, true),
    WORKING_CAPITAL(null, Unit.MONEY, false),
    OPERATING_CASH("NetCashProvidedByUsedInOperatingActivities", Unit.MONEY, false),
    CAPITAL_EXPENDITURES("PaymentsToAcquirePropertyPlantAndEquipment", Unit.MONEY, true),
    DISPOSALS(null, Unit.MONEY, false),
    INVESTING_CASH("NetCashProvidedByUsedInInvestingActivities", Unit.MONEY, false),
    BORROWINGS(null, Unit.MONEY, false),
    REPAYMENTS(null, Unit.MONEY, true),
    FINANCING_CASH("NetCashProvidedByUsedInFinancingActivities", Unit.MONEY, false),
    CASH_CHANGE("CashAndCashEquivalentsPeriodIncreaseDecrease", Unit.MONEY, false),
    CASH_BEGINNING(null, Unit.MONEY, false),
    CASH_END(null, Unit.MONEY, false);

    /** What a number of a line is. */
    enum Unit {
        MONEY("USD"), PER_SHARE("USD/share"), SHARES("shares");

        final String code;

        Unit(String code) {
            this.code = code;
        }
    }

    final String concept;
    final Unit unit;
    final boolean deduction;

    Item(String concept, Unit unit, boolean deduction) {
        this.concept = concept;
        this.unit = unit;
        this.deduction = deduction;
    }
}
