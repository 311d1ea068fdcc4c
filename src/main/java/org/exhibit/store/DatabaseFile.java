package org.exhibit.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.db.ValueDataType;
import org.h2.mvstore.tx.TransactionMap;
import org.h2.mvstore.tx.TransactionStore;
import org.h2.result.Row;
import org.h2.value.Value;

/**
 * What an H2 database file holds, read from its bytes with H2's storage layer alone, so that nothing the file holds
 * runs while it is read: opening the file as a database would run the statements of its metadata, connecting its linked
 * tables (whose URL may carry {@code INIT=RUNSCRIPT}) and compiling and starting its triggers (Java source).
 *
 * @param statements the SQL of every object of the database, as H2 keeps it to re-create the object when it opens
 * @param schemaVersion the highest migration Flyway applied successfully, 0 when none
 */
public record DatabaseFile(List<String> statements, int schemaVersion) {

    /** H2 writes its files in blocks of this many bytes. */
    private static final int BLOCK = 4096;

    /** The file could not be read as a database: damaged, cut short or not an H2 file. */
    static final class Damaged extends Exception {
        Damaged(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The H2 file of the embedded database at {@code base} (a database path without H2's suffix). */
    static Path of(Path base) {
        return base.resolveSibling(base.getFileName() + ".mv.db");
    }

    /**
     * Reads {@code file}; empty when another process holds it (H2 will then say so when it is opened), and
     * {@link Damaged} when it exists but does not read as a whole H2 database.
     */
    public static Optional<DatabaseFile> read(Path file) throws Damaged {
        try {
            long size = Files.size(file);
            if (size == 0) {
                throw new Damaged("it is empty (0 bytes)", null);
            }
            if (size % BLOCK != 0) {
                throw new Damaged("it is " + size + " bytes long, not a whole number of H2's 4 KiB blocks: cut short", null);
            }
        } catch (java.io.IOException e) {
            throw new Damaged("it cannot be read (" + e.getMessage() + ")", e);
        }
        return read(file.toString());
    }

    /** Reads the H2 file named {@code fileName} as H2 names files (a path, or {@code memFS:…} for one in memory). */
    static Optional<DatabaseFile> read(String fileName) throws Damaged {
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(fileName).readOnly().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return Optional.empty();
            }
            throw new Damaged(brief(e), e);
        } catch (RuntimeException e) {
            throw new Damaged(brief(e), e);
        }
        try {
            return Optional.of(read(store));
        } catch (RuntimeException | AssertionError e) {
            throw new Damaged(brief(e), e);
        } finally {
            try {
                store.closeImmediately();
            } catch (RuntimeException ignored) {
                // Read only: nothing to write back.
            }
        }
    }

    private static DatabaseFile read(MVStore store) throws Damaged {
        if (!store.hasMap("table.0")) {
            throw new Damaged("its catalogue cannot be found: cut short or overwritten", null);
        }
        TransactionStore transactions = new TransactionStore(store, new ValueDataType());
        transactions.init();
        TransactionMap<Object, Object> meta = transactions.begin().openMap("table.0");
        List<String> statements = new ArrayList<>();
        long history = -1;
        for (Iterator<Object> keys = meta.keyIterator(null); keys.hasNext(); ) {
            Row row = (Row) meta.get(keys.next());
            String sql = row.getValue(3).getString();
            statements.add(sql);
            if (sql.startsWith("CREATE CACHED TABLE \"PUBLIC\".\"flyway_schema_history\"(")) {
                history = row.getValue(0).getLong();
            }
        }
        if (statements.isEmpty()) {
            throw new Damaged("its catalogue is empty", null);
        }
        int version = history < 0 ? 0 : version(store, transactions, "table." + history);
        return new DatabaseFile(List.copyOf(statements), version);
    }

    /** The highest successful version in Flyway's history table (columns: rank, version, …, success last). */
    private static int version(MVStore store, TransactionStore transactions, String map) throws Damaged {
        if (!store.hasMap(map)) {
            throw new Damaged("the rows of its migration history are missing", null);
        }
        TransactionMap<Object, Object> rows = transactions.begin().openMap(map);
        int version = 0;
        for (Iterator<Object> keys = rows.keyIterator(null); keys.hasNext(); ) {
            Value[] values = ((Row) rows.get(keys.next())).getValueList();
            Value number = values[1];
            if (number == null || number == org.h2.value.ValueNull.INSTANCE || !values[values.length - 1].getBoolean()) {
                continue;
            }
            try {
                version = Math.max(version, Integer.parseInt(number.getString().trim()));
            } catch (NumberFormatException e) {
                // Flyway's own baseline markers carry no number.
            }
        }
        return version;
    }

    /** H2's words in one line: the first line of its message without its bracketed codes. */
    private static String brief(Throwable e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : Database.firstLine(e.getMessage());
        text = text.replaceAll("\\s*\\[[0-9./-]+]", "").strip();
        return text.length() <= 160 ? text : text.substring(0, 157) + "...";
    }
}
