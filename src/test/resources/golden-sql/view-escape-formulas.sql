-- exhibit: query --format csv --escape-formulas -f {file}
-- Text that a spreadsheet would run as a formula gets an apostrophe; negative numbers stay numbers.
select '=' || label as text, value
from latest_facts
where company = 'APPLE COMPUTER, INC.' and concept = 'EarningsPerShareBasic' and months = 12
order by period_end
