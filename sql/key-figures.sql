-- One company's documents and its key figures by period, from the latest document that prints each.
-- Parameters: :company (a ticker, a CIK, or the start of the name, any letter case).
-- exhibit run sql/key-figures.sql --param company=INNO --out-dir reports/

-- The documents read for the company.
select distinct company, document, released, accession
from facts
where upper(ticker) = upper(:company) or cik = :company or upper(company) like upper(:company) || '%'
order by company, released, document;

-- Revenue, profit and size of every period, one row each (a blank cell: that document does not print it).
select company, period_end, months,
       max(case when concept = 'Revenues' then value end) as revenues,
       max(case when concept = 'GrossProfit' then value end) as gross_profit,
       max(case when concept = 'OperatingIncomeLoss' then value end) as operating_income,
       max(case when concept = 'NetIncomeLoss' then value end) as net_income,
       max(case when concept = 'EarningsPerShareDiluted' then value end) as eps_diluted,
       max(case when concept = 'Assets' then value end) as assets,
       max(case when concept = 'StockholdersEquity' then value end) as equity
from latest_facts
where upper(ticker) = upper(:company) or cik = :company or upper(company) like upper(:company) || '%'
group by company, period_end, months
order by company, period_end, months;
