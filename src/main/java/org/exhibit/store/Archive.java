package org.exhibit.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.StringReader;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;

/**
 * A backup as data, not a program: a zip of one CSV file per table (the tables and columns read from the database,
 * so that a column a migration adds is carried with no change here) and a manifest naming the schema version, each
 * table's file, its row count and its SHA-256. Values are written so that any SQL engine reads them back: dates and
 * times in ISO 8601, decimals in plain digits, booleans as true/false, and NULL (an empty unquoted field) distinct from
 * an empty text (a quoted empty field). Restoring never runs SQL from the file.
 */
public final class Archive {

    /** The first line of the manifest, naming this format. */
    static final String FORMAT = "exhibit-data-archive 1";

    private static final String MANIFEST = "manifest.csv";
    private static final String SCHEMA_HISTORY = "flyway_schema_history";

    /** CSV with every value quoted but NULL, which stays an empty field: the way NULL and '' stay apart. */
    static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setNullString("").setQuoteMode(QuoteMode.ALL_NON_NULL)
            .setRecordSeparator("\n").get();

    /** One table of an archive as its manifest describes it. */
    record Entry(String table, String file, long rows, String sha256) {
    }

    /** What an archive holds, read and verified before anything is written. */
    record Contents(int schemaVersion, List<Entry> entries, Map<String, byte[]> files) {
    }

    private Archive() {
    }

    /**
     * Writes every table of the database on {@code connection} to {@code file}, replacing it only once the archive is
     * whole; returns the number of rows written.
     */
    public static long write(Connection connection, int schemaVersion, Path file) throws StoreException {
        Path absolute = file.toAbsolutePath();
        Path partial = null;
        long total = 0;
        try {
            partial = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".", ".partial");
            List<Entry> entries = new ArrayList<>();
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(partial))) {
                for (String table : tables(connection)) {
                    String name = "tables/" + table.toLowerCase(java.util.Locale.ROOT) + ".csv";
                    zip.putNextEntry(new ZipEntry(name));
                    MessageDigest digest = MessageDigest.getInstance("SHA-256");
                    long rows = writeTable(connection, table, new java.io.FilterOutputStream(
                            new java.security.DigestOutputStream(zip, digest)) {
                        @Override
                        public void write(byte[] b, int off, int len) throws IOException {
                            out.write(b, off, len);
                        }

                        @Override
                        public void close() throws IOException {
                            flush(); // the zip goes on after this table
                        }
                    });
                    zip.closeEntry();
                    entries.add(new Entry(table, name, rows, HexFormat.of().formatHex(digest.digest())));
                    total += rows;
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                Writer manifest = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
                manifest.write("# " + FORMAT + "; schema version " + schemaVersion + "\n");
                try (CSVPrinter printer = new CSVPrinter(manifest, CSV.builder().setQuoteMode(QuoteMode.MINIMAL).get())) {
                    printer.printRecord("table", "file", "rows", "sha256");
                    for (Entry e : entries) {
                        printer.printRecord(e.table(), e.file(), e.rows(), e.sha256());
                    }
                    printer.flush();
                    zip.closeEntry();
                }
            }
            Files.move(partial, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return total;
        } catch (IOException | NoSuchAlgorithmException e) {
            deleteQuietly(partial);
            throw new StoreException(file + ": cannot write the backup (" + e.getMessage() + ").", e);
        } catch (SQLException e) {
            deleteQuietly(partial);
            throw new StoreException(file + ": cannot write the backup: " + H2Messages.sentence(e) + ".", e);
        }
    }

    /** The tables of the schema, in an order in which each comes after the tables it refers to. */
    static List<String> tables(Connection connection) throws SQLException {
        Map<String, List<String>> references = new LinkedHashMap<>();
        Engine engine = Engine.of(connection);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select table_name from information_schema.tables where table_schema = "
                     + engine.schemaSql() + " and table_type = 'BASE TABLE' and table_name <> '" + SCHEMA_HISTORY + "'"
                     + " order by table_name")) {
            while (rs.next()) {
                references.put(rs.getString(1), new ArrayList<>());
            }
        }
        String schema = connection.getSchema();
        for (Map.Entry<String, List<String>> table : references.entrySet()) {
            try (ResultSet rs = connection.getMetaData().getImportedKeys(null, schema, table.getKey())) {
                while (rs.next()) {
                    String referred = rs.getString("PKTABLE_NAME");
                    if (!referred.equals(table.getKey())) {
                        table.getValue().add(referred);
                    }
                }
            }
        }
        List<String> ordered = new ArrayList<>();
        while (ordered.size() < references.size()) {
            boolean added = false;
            for (Map.Entry<String, List<String>> table : references.entrySet()) {
                if (!ordered.contains(table.getKey()) && ordered.containsAll(table.getValue())) {
                    ordered.add(table.getKey());
                    added = true;
                }
            }
            if (!added) {
                throw new SQLException("the tables refer to each other in a circle");
            }
        }
        return ordered;
    }

    private static long writeTable(Connection connection, String table, OutputStream out) throws SQLException, IOException {
        long rows = 0;
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select * from " + quote(table) + " order by 1");
             CSVPrinter printer = new CSVPrinter(writer, CSV)) {
            ResultSetMetaData meta = rs.getMetaData();
            List<String> header = new ArrayList<>();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                header.add(meta.getColumnName(i));
            }
            printer.printRecord(header);
            while (rs.next()) {
                List<String> values = new ArrayList<>(header.size());
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    values.add(text(rs, i, meta.getColumnType(i)));
                }
                printer.printRecord(values);
                rows++;
            }
            printer.flush();
        }
        return rows;
    }

    /** A value as text any engine reads back: ISO dates, plain decimals, true/false; null for NULL. */
    private static String text(ResultSet rs, int column, int type) throws SQLException {
        Object value = switch (type) {
            case Types.DATE -> rs.getObject(column, LocalDate.class);
            case Types.TIMESTAMP -> rs.getObject(column, LocalDateTime.class);
            case Types.DECIMAL, Types.NUMERIC -> {
                BigDecimal decimal = rs.getBigDecimal(column);
                yield decimal == null ? null : decimal.toPlainString();
            }
            case Types.BOOLEAN, Types.BIT -> {
                boolean b = rs.getBoolean(column);
                yield rs.wasNull() ? null : Boolean.toString(b);
            }
            default -> rs.getString(column);
        };
        return value == null ? null : value.toString();
    }

    /**
     * Reads {@code file} whole and checks it against its own manifest (every table's file present, of the SHA-256
     * and row count it names), so that nothing is written from an archive that is cut short, altered or not one.
     */
    static Contents read(Path file) throws StoreException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file)) {
            byte[] head = raw.readNBytes(2);
            if (head.length == 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
                throw new StoreException(file + " is a backup of an earlier exhibit, an SQL script; exhibit no longer"
                        + " restores scripts, since restoring one runs whatever SQL it holds. Restore it with the exhibit"
                        + " that wrote it and back it up again with this one.", null);
            }
        } catch (NoSuchFileException e) {
            throw new StoreException(file + ": no such file.", e);
        } catch (IOException e) {
            throw new StoreException(file + ": cannot read it (" + e.getMessage() + ").", e);
        }
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file), StandardCharsets.UTF_8)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                files.put(entry.getName(), zip.readAllBytes());
            }
        } catch (IOException | IllegalArgumentException e) {
            throw notWhole(file, e.getMessage());
        }
        byte[] manifest = files.get(MANIFEST);
        if (manifest == null) {
            throw notWhole(file, "it has no " + MANIFEST);
        }
        String text = new String(manifest, StandardCharsets.UTF_8);
        String firstLine = text.lines().findFirst().orElse("");
        String prefix = "# " + FORMAT + "; schema version ";
        if (!firstLine.startsWith(prefix)) {
            throw notWhole(file, "its manifest does not name the format " + FORMAT);
        }
        int version;
        try {
            version = Integer.parseInt(firstLine.substring(prefix.length()).trim());
        } catch (NumberFormatException e) {
            throw notWhole(file, "its manifest names no schema version");
        }
        List<Entry> entries = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text.substring(firstLine.length()).strip()),
                CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord r : parser) {
                entries.add(new Entry(r.get("table"), r.get("file"), Long.parseLong(r.get("rows")), r.get("sha256")));
            }
        } catch (IOException | RuntimeException e) {
            throw notWhole(file, "its manifest cannot be read (" + e.getMessage() + ")");
        }
        for (Entry e : entries) {
            byte[] bytes = files.get(e.file());
            if (bytes == null) {
                throw notWhole(file, "the manifest names " + e.file() + ", which is missing");
            }
            if (!sha256(bytes).equals(e.sha256())) {
                throw notWhole(file, e.file() + " is not what was written (its SHA-256 differs)");
            }
        }
        return new Contents(version, List.copyOf(entries), files);
    }

    /**
     * Loads the rows of {@code contents} into the tables of {@code connection}, whose schema the migrations have just
     * built at the archive's version: one transaction, whose every table must end with the row count of the manifest.
     * Columns are matched by name; identity columns continue after the highest value loaded.
     */
    static void load(Connection connection, Contents contents, Path file) throws StoreException, SQLException {
        List<String> tables = tables(connection);
        Engine engine = Engine.of(connection);
        for (Entry e : contents.entries()) {
            if (!tables.contains(engine.stored(e.table()))) {
                throw notWhole(file, "it holds a table " + e.table() + " that schema version " + contents.schemaVersion()
                        + " does not have");
            }
        }
        // Names as the engine that reads the archive stores them: an archive of one engine loads into the other.
        Map<String, Entry> byTable = new LinkedHashMap<>();
        contents.entries().forEach(e -> byTable.put(engine.stored(e.table()), e));
        connection.setAutoCommit(false);
        try {
            for (String table : tables) {
                Entry entry = byTable.get(table);
                if (entry != null) {
                    loadTable(connection, table, contents.files().get(entry.file()), file, entry);
                }
            }
            for (String table : tables) {
                Entry entry = byTable.get(table);
                long expected = entry == null ? 0 : entry.rows();
                long found = count(connection, table);
                if (found != expected) {
                    throw notWhole(file, "table " + table + " holds " + found + " rows after loading, the manifest says "
                            + expected);
                }
            }
            connection.commit();
        } catch (StoreException | SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void loadTable(Connection connection, String table, byte[] csv, Path file, Entry entry)
            throws SQLException, StoreException {
        Map<String, Integer> types = new LinkedHashMap<>();
        List<String> identities = new ArrayList<>();
        Engine engine = Engine.of(connection);
        try (PreparedStatement ps = connection.prepareStatement("select column_name, data_type, is_identity from"
                + " information_schema.columns where table_schema = " + engine.schemaSql() + " and table_name = ?"
                + " order by ordinal_position")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getString(1), 0);
                    if ("YES".equals(rs.getString(3))) {
                        identities.add(rs.getString(1));
                    }
                }
            }
        }
        try (Statement s = connection.createStatement();
             ResultSet rs = s.executeQuery("select * from " + quote(table) + " where 1 = 0")) {
            ResultSetMetaData meta = rs.getMetaData();
            for (int i = 1; i <= meta.getColumnCount(); i++) {
                types.put(meta.getColumnName(i), meta.getColumnType(i));
            }
        }
        try (CSVParser parser = CSVParser.parse(new String(csv, StandardCharsets.UTF_8), CSV.builder().setHeader()
                .setSkipHeaderRecord(true).get())) {
            List<String> columns = parser.getHeaderNames().stream().map(engine::stored).toList();
            for (String column : columns) {
                if (!types.containsKey(column)) {
                    throw notWhole(file, entry.file() + " has a column " + column + " that table " + table + " does not");
                }
            }
            StringBuilder sql = new StringBuilder("insert into ").append(quote(table)).append(" (");
            for (int i = 0; i < columns.size(); i++) {
                sql.append(i == 0 ? "" : ", ").append(quote(columns.get(i)));
            }
            sql.append(") overriding system value values (").append("?, ".repeat(columns.size() - 1)).append("?)");
            try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
                int batch = 0;
                for (CSVRecord record : parser) {
                    if (record.size() != columns.size()) {
                        throw notWhole(file, entry.file() + " line " + record.getRecordNumber() + " has " + record.size()
                                + " values for " + columns.size() + " columns");
                    }
                    for (int i = 0; i < columns.size(); i++) {
                        insert.setObject(i + 1, value(record.get(i), types.get(columns.get(i))));
                    }
                    insert.addBatch();
                    if (++batch % 1000 == 0) {
                        insert.executeBatch();
                    }
                }
                insert.executeBatch();
            }
        } catch (IOException | RuntimeException e) {
            throw notWhole(file, entry.file() + " cannot be read (" + e.getMessage() + ")");
        }
        for (String column : identities) {
            try (Statement s = connection.createStatement();
                 ResultSet rs = s.executeQuery("select coalesce(max(" + quote(column) + "), 0) + 1 from " + quote(table))) {
                rs.next();
                s.execute("alter table " + quote(table) + " alter column " + quote(column) + " restart with " + rs.getLong(1));
            }
        }
    }

    /** The text of a CSV field as the value a column of {@code type} takes. */
    private static Object value(String text, int type) {
        if (text == null) {
            return null;
        }
        return switch (type) {
            case Types.DATE -> LocalDate.parse(text);
            case Types.TIMESTAMP -> LocalDateTime.parse(text);
            case Types.DECIMAL, Types.NUMERIC -> new BigDecimal(text);
            case Types.BIGINT -> Long.parseLong(text);
            case Types.INTEGER, Types.SMALLINT, Types.TINYINT -> Integer.parseInt(text);
            case Types.BOOLEAN, Types.BIT -> parseBoolean(text);
            default -> text;
        };
    }

    private static Boolean parseBoolean(String text) {
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException("'" + text + "' is not true or false");
    }

    /** The number of rows of {@code table}. */
    static long count(Connection connection, String table) throws SQLException {
        try (Statement s = connection.createStatement(); ResultSet rs = s.executeQuery("select count(*) from " + quote(table))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static StoreException notWhole(Path file, String reason) {
        return new StoreException(file + ": not a whole exhibit backup (" + reason + "); nothing was restored.", null);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // The partial file is hidden and named as such; leaving it behind misleads no one.
        }
    }
}
