package org.exhibit.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** What the benchmarks share: the java and jar to start child processes with, work folders, memory readings. */
final class Bench {

    private Bench() {
    }

    /** The java executable running this process. */
    static String java() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    /** The jar (or classes folder) this code was loaded from. */
    static Path jar() {
        try {
            return Path.of(Bench.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("The location of exhibit's own jar is not a path.", e);
        }
    }

    /** Empties a work folder, creating it when missing. */
    static void empty(Path folder) throws IOException {
        if (Files.exists(folder)) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(p);
                }
            }
        }
        Files.createDirectories(folder);
    }

    /** A process's peak resident memory so far in KiB (Linux's VmHWM), or 0 when it cannot be read. */
    static long peakResidentKb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
        return 0;
    }
}
