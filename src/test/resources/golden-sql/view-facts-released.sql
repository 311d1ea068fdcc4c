-- exhibit: query --format csv -f {file}
-- Every document's release date and where it comes from: printed, filed (SEC header) or estimated.
select document, released, released_basis, count(*) as facts
from facts
group by document, released, released_basis
order by document
