package org.exhibit.parse;

import java.util.List;

/**
 * A statement table read from a document.
 *
 * @param line 1-based line where the table starts
 * @param exhibit the type of the submission document it stands in (e.g. "EX-99.1"), or null outside a submission
 * @param title the title lines above the table, joined with " / "
 * @param kind the statement it holds
 * @param scope what it covers: the consolidated company, the parent alone, a segment, pro forma or selected figures
 * @param scale the multiplier its money (and perhaps share) figures are printed in
 * @param columns its value columns, left to right
 * @param rows its line items, top to bottom
 */
public record Table(int line, String exhibit, String title, StatementKind kind, Scope scope, Scale scale, List<Column> columns, List<Row> rows) {
}
