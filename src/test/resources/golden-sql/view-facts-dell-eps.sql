-- exhibit: query --format csv -f {file}
-- Every column of facts, for Dell's earnings per share in its 10-K for fiscal 2005 (a January year end).
select company, ticker, cik, document, accession, released, released_basis, statement, scope, fiscal_year,
       fiscal_quarter, concept, label, period_start, period_end, months, value, printed_value, unit, line
from facts
where document = 'dell-10k-2005-01-28.txt' and concept like 'EarningsPerShare%'
order by line, period_end, months
