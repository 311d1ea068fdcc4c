package org.exhibit.render;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook of query results, one sheet per result, with typed cells: numbers as numbers, dates as dates,
 * NULL as an empty cell. Rows are streamed to a temporary file (POI's SXSSF), so a large result takes little memory.
 * A number a spreadsheet cannot hold exactly (more than 15 significant digits) is written as text, never rounded.
 */
public final class XlsxBook implements AutoCloseable {

    /** Rows POI keeps in memory before flushing them to its temporary file. */
    private static final int WINDOW = 200;
    /** Excel's limit on rows per sheet, header included. */
    private static final int MAX_ROWS = 1_048_576;

    private final SXSSFWorkbook workbook = new SXSSFWorkbook(WINDOW);
    private final CellStyle header;
    private final CellStyle date;
    private final CellStyle dateTime;
    private final Map<Integer, CellStyle> decimals = new HashMap<>();

    /** An empty workbook. */
    public XlsxBook() {
        workbook.setCompressTempFiles(true);
        Font bold = workbook.createFont();
        bold.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(bold);
        date = style("yyyy-mm-dd");
        dateTime = style("yyyy-mm-dd hh:mm:ss");
    }

    /** Adds every row of {@code rs} as a new sheet, "result 1", "result 2" …; returns what was written. */
    public Rendered add(ResultSet rs, RenderOptions options) throws SQLException {
        SXSSFSheet sheet = workbook.createSheet("result " + (workbook.getNumberOfSheets() + 1));
        int columns = rs.getMetaData().getColumnCount();
        List<String> labels = Values.labels(rs.getMetaData());
        Row top = sheet.createRow(0);
        for (int i = 0; i < columns; i++) {
            Cell cell = top.createCell(i);
            cell.setCellValue(labels.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, 1);
        String nullText = options.nullOr(null);
        long count = 0;
        while (rs.next()) {
            if (count + 1 >= MAX_ROWS) {
                throw new SQLException("the result has more rows than an Excel sheet holds (" + (MAX_ROWS - 1)
                        + "); write it as csv instead", "22000");
            }
            Row row = sheet.createRow((int) count + 1);
            for (int i = 1; i <= columns; i++) {
                Object value = rs.getObject(i);
                if (value == null) {
                    if (nullText != null && !nullText.isEmpty()) {
                        row.createCell(i - 1).setCellValue(nullText);
                    }
                    continue;
                }
                put(row.createCell(i - 1), value, rs, i);
            }
            count++;
        }
        return Rendered.all(count);
    }

    /** Writes the workbook to {@code out} (left open). */
    public void write(OutputStream out) throws IOException {
        workbook.write(out);
        out.flush();
    }

    /** Removes POI's temporary files. */
    @Override
    public void close() throws IOException {
        workbook.close();
    }

    private void put(Cell cell, Object value, ResultSet rs, int column) throws SQLException {
        if (value instanceof BigDecimal d) {
            number(cell, d);
        } else if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte) {
            number(cell, BigDecimal.valueOf(((Number) value).longValue()));
        } else if (value instanceof Double || value instanceof Float) {
            double v = ((Number) value).doubleValue();
            if (Double.isFinite(v)) {
                cell.setCellValue(v);
            } else {
                cell.setCellValue(String.valueOf(v));
            }
        } else if (value instanceof Boolean b) {
            cell.setCellValue(b);
        } else if (value instanceof java.sql.Date || value instanceof LocalDate) {
            cell.setCellValue(value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value);
            cell.setCellStyle(date);
        } else if (value instanceof java.sql.Timestamp || value instanceof LocalDateTime) {
            cell.setCellValue(value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value);
            cell.setCellStyle(dateTime);
        } else if (value instanceof OffsetDateTime) {
            cell.setCellValue(value.toString());
        } else {
            cell.setCellValue(Values.text(rs, column));
        }
    }

    /**
     * A numeric cell when a spreadsheet's double holds {@code d} exactly, shown with as many decimals as it has; text
     * with the exact digits otherwise.
     */
    private void number(Cell cell, BigDecimal d) {
        BigDecimal plain = d.stripTrailingZeros();
        double v = plain.doubleValue();
        if (plain.precision() > 15 || !Double.isFinite(v) || new BigDecimal(Double.toString(v)).compareTo(plain) != 0) {
            cell.setCellValue(Values.plain(d));
            return;
        }
        cell.setCellValue(v);
        int scale = Math.max(0, plain.scale());
        cell.setCellStyle(decimals.computeIfAbsent(scale, s -> style(s == 0 ? "0" : "0." + "0".repeat(s))));
    }

    private CellStyle style(String format) {
        CellStyle style = workbook.createCellStyle();
        style.setDataFormat(workbook.createDataFormat().getFormat(format));
        return style;
    }
}
