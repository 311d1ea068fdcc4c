package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built jar refuses an EXHIBIT_DB whose settings would run SQL, before H2 ever sees the URL. */
class DatabaseUrlIT {

    @TempDir
    Path home;

    @Test
    void anInitSettingInTheEnvironmentIsRefusedInOneSentenceAndNeverRun() throws Exception {
        Path marker = home.resolve("ran.txt");
        String url = "jdbc:h2:file:" + home.resolve("exhibit") + ";INIT=CALL FILE_WRITE('x', '" + marker + "')";
        Path err = home.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder("java", "-jar", JarIT.jar().toString(), "query", "select 1")
                .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()))
                .redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(err.toFile());
        builder.environment().put("EXHIBIT_DB", url);
        Process process = builder.start();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("finished in time").isTrue();

        assertThat(process.exitValue()).isEqualTo(1);
        assertThat(Files.readString(err, StandardCharsets.UTF_8)).isEqualTo("exhibit: The database URL in EXHIBIT_DB sets"
                + " INIT, which exhibit does not accept from the environment (settings that could run SQL or Java, or open"
                + " files or ports); allowed there: ACCESS_MODE_DATA, CACHE_SIZE, IFEXISTS, LOCK_TIMEOUT, PASSWORD, USER.\n");
        assertThat(marker).doesNotExist();
        assertThat(home.resolve("exhibit.mv.db")).doesNotExist();
    }
}
