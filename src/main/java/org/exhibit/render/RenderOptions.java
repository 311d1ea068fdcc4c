package org.exhibit.render;

/**
 * How a result is laid out, besides its format: an immutable value changed with {@code withX} methods.
 *
 * @param nullText how SQL NULL is written; null for each format's own default ("NULL" in tables, empty in CSV)
 * @param width the columns a table may take, 0 for no limit (files and pipes)
 * @param expanded whether a table is shown as one block per row instead
 * @param bom whether CSV and TSV start with a UTF-8 byte order mark, for spreadsheets that need one
 * @param escapeFormulas whether CSV and TSV text cells starting with = + - @ get a leading apostrophe, so that a
 *     spreadsheet does not run them as formulas (numbers are never changed)
 * @param thousands whether tables group the digits of decimal numbers by thousands (1,234,567.5); other formats never
 * @param crlf whether CSV and TSV lines end with CR LF, as RFC 4180 says, instead of LF as psql and DuckDB write them
 */
public record RenderOptions(String nullText, int width, Expanded expanded, boolean bom, boolean escapeFormulas,
                            boolean thousands, boolean crlf) {

    /** Exact data, no width limit, tables as tables. */
    public static final RenderOptions DEFAULT = new RenderOptions(null, 0, Expanded.OFF, false, false, false, false);

    /** These options with or without digits grouped by thousands in tables. */
    public RenderOptions withThousands(boolean on) {
        return new RenderOptions(nullText, width, expanded, bom, escapeFormulas, on, crlf);
    }

    /** These options with SQL NULL written as {@code text} (null: the format's default). */
    public RenderOptions withNullText(String text) {
        return new RenderOptions(text, width, expanded, bom, escapeFormulas, thousands, crlf);
    }

    /** These options for a screen {@code columns} wide (0: no limit). */
    public RenderOptions withWidth(int columns) {
        return new RenderOptions(nullText, Math.max(0, columns), expanded, bom, escapeFormulas, thousands, crlf);
    }

    /** These options with tables expanded to one block per row always, never, or when too wide. */
    public RenderOptions withExpanded(Expanded mode) {
        return new RenderOptions(nullText, width, mode, bom, escapeFormulas, thousands, crlf);
    }

    /** These options with or without a byte order mark before CSV and TSV. */
    public RenderOptions withBom(boolean on) {
        return new RenderOptions(nullText, width, expanded, on, escapeFormulas, thousands, crlf);
    }

    /** These options with or without the guard against formulas in CSV and TSV cells. */
    public RenderOptions withEscapeFormulas(boolean on) {
        return new RenderOptions(nullText, width, expanded, bom, on, thousands, crlf);
    }

    /** These options with CSV and TSV lines ending in CR LF (RFC 4180) or in LF. */
    public RenderOptions withCrlf(boolean on) {
        return new RenderOptions(nullText, width, expanded, bom, escapeFormulas, thousands, on);
    }

    /** The text for SQL NULL: the one chosen, else {@code fallback}. */
    String nullOr(String fallback) {
        return nullText == null ? fallback : nullText;
    }

    /** When a table is shown as one block per row instead. */
    public enum Expanded {
        /** Always a table; columns that do not fit are hidden. */
        OFF,
        /** Always one block per row. */
        ON,
        /** A table when it fits the width, else blocks. */
        AUTO
    }
}
