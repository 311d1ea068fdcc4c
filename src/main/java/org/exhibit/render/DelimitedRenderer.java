package org.exhibit.render;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;

/**
 * RFC 4180 CSV (or TSV) through Commons CSV: a header row, NULL as an empty field unless told otherwise, lines ending
 * in LF unless CR LF is asked for, streamed row by row so that a result of any size takes the same memory.
 */
final class DelimitedRenderer implements Renderer {

    /** UTF-8's byte order mark, which some spreadsheets need to read the file as UTF-8. */
    static final String BOM = "\uFEFF";

    /** A cell a spreadsheet would run as a formula: starting with = + - @, or a tab or carriage return. */
    private static final Pattern FORMULA = Pattern.compile("^[=+\\-@\t\r].*", Pattern.DOTALL);
    private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private final CSVFormat format;

    DelimitedRenderer(char delimiter) {
        this.format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setQuoteMode(QuoteMode.MINIMAL)
                .setNullString(null)
                .get();
    }

    @Override
    public Rendered render(ResultSet rs, PrintStream out, RenderOptions options) throws SQLException {
        int columns = rs.getMetaData().getColumnCount();
        boolean[] numeric = Values.numeric(rs.getMetaData());
        String nullText = options.nullOr("");
        long count = 0;
        try {
            if (options.bom()) {
                out.print(BOM);
            }
            CSVPrinter printer = new CSVPrinter(out, format.builder().setRecordSeparator(options.crlf() ? "\r\n" : "\n").get());
            printer.printRecord(Values.labels(rs.getMetaData()));
            Object[] record = new Object[columns];
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) {
                    String text = Values.text(rs, i);
                    record[i - 1] = text == null ? nullText
                            : options.escapeFormulas() && !numeric[i - 1] ? guarded(text) : text;
                }
                printer.printRecord(record);
                count++;
            }
            printer.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Rendered.all(count);
    }

    /** The text with an apostrophe before it when a spreadsheet would take it for a formula; numbers unchanged. */
    static String guarded(String text) {
        return FORMULA.matcher(text).matches() && !NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
