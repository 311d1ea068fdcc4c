package org.exhibit.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.h2.store.fs.FileUtils;

/**
 * The objects exhibit's own migrations create, as H2 records them in a database file: found by migrating a new
 * database in memory with the same Flyway migrations, one version at a time (so that a database of any earlier schema
 * version is known too), and reading back what H2 recorded. Nothing is listed by hand, so a migration that adds a
 * column, a table or a view is known as soon as it exists. The build does this once and puts the list in the jar
 * ({@code db/known-schema.txt}, headed by the schema version it was made for); without it, or when it is of another
 * version, it is done when first needed.
 */
public final class KnownSchema {

    static final String RESOURCE = "db/known-schema.txt";

    private static final AtomicInteger BUILDS = new AtomicInteger();
    private static Set<String> known;

    private KnownSchema() {
    }

    /** Writes the list to the file named by the first argument: the build's step that puts it in the jar. */
    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("schema " + Database.SCHEMA_VERSION);
        for (String statement : build()) {
            lines.add(statement.replace("\\", "\\\\").replace("\n", "\\n"));
        }
        Path file = Path.of(args[0]);
        Files.createDirectories(file.getParent());
        Files.write(file, lines, StandardCharsets.UTF_8);
    }

    /** The statements (as {@link #normal} makes them) of every object some schema version of exhibit has. */
    public static synchronized Set<String> statements() throws StoreException {
        if (known == null) {
            known = bundled();
            if (known == null) {
                known = build();
            }
        }
        return known;
    }

    /** The list the build put in the jar, when it is there and made for this schema version. */
    private static Set<String> bundled() {
        try (InputStream in = KnownSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return null;
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            if (!lines[0].equals("schema " + Database.SCHEMA_VERSION)) {
                return null;
            }
            Set<String> statements = new TreeSet<>();
            for (int i = 1; i < lines.length; i++) {
                statements.add(unescape(lines[i]));
            }
            return Set.copyOf(statements);
        } catch (IOException e) {
            return null;
        }
    }

    private static String unescape(String line) {
        StringBuilder text = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                text.append(next == 'n' ? '\n' : next);
            } else {
                text.append(c);
            }
        }
        return text.toString();
    }

    private static Set<String> build() throws StoreException {
        String name = "memFS:exhibit-known-schema-" + ProcessHandle.current().pid() + "-" + BUILDS.incrementAndGet();
        Set<String> statements = new TreeSet<>();
        try {
            Database.quietLibraries();
            for (int version = 1; version <= Database.SCHEMA_VERSION; version++) {
                Flyway.configure(KnownSchema.class.getClassLoader())
                        .dataSource("jdbc:h2:" + name, null, null)
                        .locations("classpath:db/migration")
                        .target(MigrationVersion.fromVersion(Integer.toString(version)))
                        .load()
                        .migrate();
                List<String> recorded = DatabaseFile.read(name + ".mv.db")
                        .orElseThrow(() -> new IllegalStateException("held by another session"))
                        .statements();
                for (String statement : recorded) {
                    statements.add(normal(statement));
                }
            }
            return Set.copyOf(statements);
        } catch (DatabaseFile.Damaged | RuntimeException e) {
            throw new StoreException("Cannot tell what exhibit's own schema holds (" + e.getMessage() + ").", e);
        } finally {
            FileUtils.deleteRecursive(name + ".mv.db", true);
        }
    }

    /**
     * A statement without what differs between two databases of the same schema: the numbers H2 puts in the names it
     * chooses itself (constraints, their indexes, identity sequences), a sequence's current value, and the selectivity
     * of each column, which H2 records itself once a table has grown (ANALYZE).
     */
    static String normal(String statement) {
        return statement
                .replaceAll("\"SYSTEM_SEQUENCE_[0-9A-F_]+\"", "\"SYSTEM_SEQUENCE\"")
                .replaceAll("\"(PRIMARY_KEY|CONSTRAINT_INDEX|CONSTRAINT)_[0-9A-F]+\"", "\"$1\"")
                .replaceAll("\"([A-Za-z0-9_]+_INDEX)_[0-9A-F]+\"", "\"$1\"")
                .replaceAll(" RESTART WITH [0-9]+", "")
                .replaceAll(" SELECTIVITY [0-9]+", "");
    }
}
