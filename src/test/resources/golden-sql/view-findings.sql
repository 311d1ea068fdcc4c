-- exhibit: query --format csv --null - -f {file}
-- Every finding, in an order that leaves no ties.
select document, rule, severity, concept, period_end, months, expected, actual, relative_difference, line, message
from findings
order by document, line, rule, concept, period_end, months, message
