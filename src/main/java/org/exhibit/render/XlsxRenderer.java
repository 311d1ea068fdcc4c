package org.exhibit.render;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.sql.ResultSet;
import java.sql.SQLException;

/** One result as an Excel workbook of one sheet; several results in one workbook go through {@link XlsxBook}. */
final class XlsxRenderer implements Renderer {

    @Override
    public Rendered render(ResultSet rows, PrintStream out, RenderOptions options) throws SQLException {
        try (XlsxBook book = new XlsxBook()) {
            Rendered rendered = book.add(rows, options);
            book.write(out);
            return rendered;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
