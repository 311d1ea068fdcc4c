package org.exhibit.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A small text file beside an H2 file database naming the exhibit process that holds the file (pid, process start
 * time, when it opened the database, command), so that a process H2 refuses can say who holds the database instead
 * of only that someone does.
 */
final class OwnerNote {

    /** H2's error code for a database file locked by another process. */
    static final int LOCKED = 90020;

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    /** Read and write for the owner alone: the note says who works on which database, which is nobody else's business. */
    private static final java.util.Set<java.nio.file.attribute.PosixFilePermission> OWNER_ONLY =
            java.nio.file.attribute.PosixFilePermissions.fromString("rw-------");

    private OwnerNote() {
    }

    /** Records the running process as the holder of the database at {@code url}; best effort, silent on failure. */
    static void write(String url) {
        Optional<Path> note = path(url);
        if (note.isEmpty()) {
            return;
        }
        ProcessHandle self = ProcessHandle.current();
        String started = self.info().startInstant().map(Instant::toString).orElse("");
        try {
            Path file = note.get();
            if (!Files.exists(file) && file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(file, java.nio.file.attribute.PosixFilePermissions.asFileAttribute(OWNER_ONLY));
            }
            Files.writeString(file, self.pid() + "\n" + started + "\n" + Instant.now() + "\n" + command() + "\n",
                    StandardCharsets.UTF_8);
            if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(file, OWNER_ONLY);
            }
        } catch (IOException | SecurityException e) {
            // The note only improves a message; a folder we may not write to must not stop the database opening.
        }
    }

    /**
     * The sentence for a database H2 refused because another process holds it: who, when the note names a process
     * that is still running, else that another program holds it.
     */
    static String inUse(String url) {
        String where = database(url).map(Path::toString).orElse(url);
        String advice = ", which does not share it (exhibit shares a database between its processes, but a --read-only"
                + " session that opened the file first and other programs do not); wait for it to finish or close it,"
                + " or use another --db.";
        return holder(url)
                .map(h -> "The database " + where + " is in use by " + h + advice)
                .orElse("The database " + where + " is in use by another program" + advice);
    }

    /** "exhibit import … (pid 123, since …)" when the note names a process alive with the recorded start time. */
    private static Optional<String> holder(String url) {
        Optional<Path> note = path(url);
        if (note.isEmpty() || !Files.isReadable(note.get())) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(note.get(), StandardCharsets.UTF_8);
            if (lines.size() < 4) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            String started = lines.get(1).trim();
            Optional<ProcessHandle> process = ProcessHandle.of(pid);
            boolean same = process.isPresent() && process.get().isAlive()
                    && process.get().info().startInstant().map(Instant::toString).orElse("").equals(started);
            if (!same) {
                return Optional.empty();
            }
            return Optional.of("'" + lines.get(3) + "' (pid " + pid + ", since " + TIME.format(Instant.parse(lines.get(2))) + ")");
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * What this process is, as a user would name it: "exhibit" and its subcommand ("exhibit import"), never the rest of
     * the command line, which may hold a password (a --db URL's PASSWORD) or names that are nobody else's business.
     */
    static String command() {
        String[] words = System.getProperty("sun.java.command", "").strip().split("\\s+");
        for (int i = 1; i < words.length; i++) {
            String word = words[i];
            if (word.equals("--db") || word.equals("--timeout")) {
                i++;
            } else if (!word.startsWith("-")) {
                return word.matches("[a-z]{1,20}") ? "exhibit " + word : "exhibit";
            }
        }
        return "exhibit";
    }

    /** The note of an embedded H2 file database: its path with {@code .owner} added. */
    static Optional<Path> path(String url) {
        return database(url).map(base -> base.resolveSibling(base.getFileName() + ".owner"));
    }

    /** The path of an embedded H2 file database ({@code jdbc:h2:[file:]path}) without H2's suffixes; none for others. */
    static Optional<Path> database(String url) {
        if (url == null || !url.regionMatches(true, 0, "jdbc:h2:", 0, 8)) {
            return Optional.empty();
        }
        String rest = url.substring(8);
        int settings = rest.indexOf(';');
        if (settings >= 0) {
            rest = rest.substring(0, settings);
        }
        if (rest.regionMatches(true, 0, "file:", 0, 5)) {
            rest = rest.substring(5);
        } else if (rest.matches("(?i)^[a-z]{2,}:.*")) {
            return Optional.empty();
        }
        if (rest.isBlank()) {
            return Optional.empty();
        }
        if (rest.startsWith("~")) {
            rest = System.getProperty("user.home") + rest.substring(1);
        }
        return Optional.of(Path.of(rest).toAbsolutePath());
    }
}
