package org.exhibit.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A result as an Excel workbook, read back with POI as a spreadsheet would read it. */
class XlsxTest {

    private static final String TYPED = "select * from (values"
            + " (1, 'Revenues', cast(11915000 as decimal(30,8)), date '2003-03-01', true),"
            + " (2, '=1+2', cast(-0.03 as decimal(30,8)), null, false),"
            + " (3, cast(null as varchar), cast(12345678901234567.25 as decimal(30,8)), null, null)"
            + ") t(id, label, amount, released, audited)";

    private Connection connection;

    @BeforeEach
    void open() throws Exception {
        connection = DriverManager.getConnection("jdbc:h2:mem:");
    }

    @AfterEach
    void close() throws Exception {
        connection.close();
    }

    private XSSFWorkbook workbook(String sql) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
            Format.XLSX.renderer().render(rs, new PrintStream(bytes, true, StandardCharsets.UTF_8), RenderOptions.DEFAULT);
        }
        return new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
    }

    @Test
    void numbersAreNumericCellsDatesAreDateCellsAndNullIsAnEmptyCell() throws Exception {
        try (XSSFWorkbook book = workbook(TYPED)) {
            assertThat(book.getNumberOfSheets()).isEqualTo(1);
            Sheet sheet = book.getSheetAt(0);
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("id");
            assertThat(header.getCell(4).getStringCellValue()).isEqualTo("audited");

            Row first = sheet.getRow(1);
            assertThat(first.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(0).getNumericCellValue()).isEqualTo(1.0);
            assertThat(first.getCell(1).getStringCellValue()).isEqualTo("Revenues");
            assertThat(first.getCell(2).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(first.getCell(2).getNumericCellValue()).isEqualTo(11915000.0);
            assertThat(DateUtil.isCellDateFormatted(first.getCell(3))).isTrue();
            assertThat(first.getCell(3).getLocalDateTimeCellValue()).isEqualTo(LocalDateTime.of(2003, 3, 1, 0, 0));
            assertThat(first.getCell(4).getBooleanCellValue()).isTrue();

            Row second = sheet.getRow(2);
            assertThat(second.getCell(1).getCellType()).as("text is never a formula").isEqualTo(CellType.STRING);
            assertThat(second.getCell(1).getStringCellValue()).isEqualTo("=1+2");
            assertThat(second.getCell(2).getNumericCellValue()).isEqualTo(-0.03);
            assertThat(second.getCell(2).getCellStyle().getDataFormatString()).isEqualTo("0.00");
            assertThat(second.getCell(3)).as("NULL is an empty cell").isNull();

            Row third = sheet.getRow(3);
            assertThat(third.getCell(1)).isNull();
            assertThat(third.getCell(2).getCellType()).as("17 digits do not fit a spreadsheet number")
                    .isEqualTo(CellType.STRING);
            assertThat(third.getCell(2).getStringCellValue()).isEqualTo("12345678901234567.25");
            assertThat(sheet.getLastRowNum()).isEqualTo(3);
        }
    }

    @Test
    void severalResultsAreTheSheetsOfOneWorkbook() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (XlsxBook book = new XlsxBook()) {
            for (String sql : new String[] {"select 1 as a", "select 'x' as b union all select 'y'"}) {
                try (ResultSet rs = connection.createStatement().executeQuery(sql)) {
                    book.add(rs, RenderOptions.DEFAULT);
                }
            }
            book.write(bytes);
        }
        try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
            assertThat(read.getNumberOfSheets()).isEqualTo(2);
            assertThat(read.getSheetName(0)).isEqualTo("result 1");
            assertThat(read.getSheetAt(1).getRow(2).getCell(0).getStringCellValue()).isEqualTo("y");
        }
    }

    @Test
    void aFileNamesItsFormatAndAnExtensionExhibitCannotWriteIsRefused() {
        assertThat(Format.forFile("out/book.XLSX")).isEqualTo(Format.XLSX);
        assertThat(Format.forFile("facts.csv")).isEqualTo(Format.CSV);
        assertThat(Format.forFile("facts.tab")).isEqualTo(Format.TSV);
        assertThatThrownBy(() -> Format.forFile("facts.xls")).hasMessage(
                "facts.xls: exhibit writes files ending .csv, .tsv, .json, .md or .xlsx, not .xls.");
        assertThatThrownBy(() -> Format.forFile("./facts")).hasMessageContaining("give the file one of these extensions");
    }
}
