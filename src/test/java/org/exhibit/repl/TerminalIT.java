package org.exhibit.repl;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The workbench in a real terminal: the jar run inside tmux, typed at with send-keys, read with capture-pane. */
class TerminalIT {

    private final String socket = "exhibit-it-" + ProcessHandle.current().pid();

    @TempDir
    Path home;

    @AfterEach
    void stopTmux() throws Exception {
        tmux("kill-server");
    }

    private String tmux(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("tmux", "-L", socket));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        process.waitFor(10, TimeUnit.SECONDS);
        return output;
    }

    private String screenOnceItShows(String text) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String screen = "";
        while (System.nanoTime() < deadline) {
            screen = tmux("capture-pane", "-p", "-t", "repl");
            if (screen.contains(text)) {
                return screen;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the terminal never showed \"" + text + "\"; it shows:\n" + screen);
    }

    @Test
    void aMultiLineStatementRunsInARealTerminal() throws Exception {
        start();
        screenOnceItShows("exhibit>");
        type("select count(*) as facts");
        screenOnceItShows("..>");
        type("from facts;");
        String screen = screenOnceItShows("(1 row)");

        assertThat(screen).contains("importing the bundled sample documents");
        assertThat(screen).contains("|   196 |");
        type("\\q");
        assertThat(sessionEnds()).as("\\q ends the workbench").isTrue();
    }

    @Test
    void ctrlCStopsARunningStatementAndTheWorkbenchGoesOn() throws Exception {
        start();
        screenOnceItShows("exhibit>");
        type("select sum(a.x * b.x) as endless from system_range(1, 1000000) a, system_range(1, 1000000) b;");
        Thread.sleep(1500);
        tmux("send-keys", "-t", "repl", "C-c");
        String screen = screenOnceItShows("Cancelled: the statement was stopped after");
        assertThat(screen).doesNotContain("Exception");
        type("select 'still here' as answer;");
        screenOnceItShows("| still here |");
        type("\\q");
        assertThat(sessionEnds()).as("\\q ends the workbench").isTrue();
    }

    @Test
    void aResultTallerThanTheTerminalGoesThroughLessAndStaysOnTheScreenAfterQuitting() throws Exception {
        Assumptions.assumeTrue(java.nio.file.Files.isExecutable(Path.of("/usr/bin/less")), "less is installed");
        start("env -u PAGER PATH=/usr/bin:/bin ");
        screenOnceItShows("exhibit>");
        type("select x from system_range(1, 100);");
        String paged = screenOnceItShows("|  36 |\n:");
        assertThat(paged).as("less shows the first screen and waits").doesNotContain("|  37 |").doesNotContain("(100 rows)");
        tmux("send-keys", "-t", "repl", "q");
        type("select 'after' as answer;");
        String after = screenOnceItShows("| after  |");
        assertThat(after).as("the paged lines stay on the screen after less (-X)").contains("|  30 |");
        type("\\q");
        assertThat(sessionEnds()).isTrue();
    }

    /** Starts the packaged jar's workbench in a tmux session 120 columns wide, on a new database. */
    private void start() throws Exception {
        start("");
    }

    /** As {@link #start()}, the command run with {@code prefix} before it (an environment, say). */
    private void start(String prefix) throws Exception {
        Path jar = Path.of(System.getProperty("exhibit.jar", "target/exhibit.jar")).toAbsolutePath();
        String db = "jdbc:h2:file:" + home.resolve("exhibit");
        String started = tmux("new-session", "-d", "-s", "repl", "-x", "120", "-y", "40",
                "-e", "XDG_STATE_HOME=" + home.resolve("state"), "-e", "XDG_CONFIG_HOME=" + home.resolve("config"),
                prefix + "java -jar " + jar + " repl --db " + db);
        assertThat(started).as("tmux started (tmux must be installed: .ci/run installs it)").isEmpty();
    }

    /** Types a line, then Enter; a trailing ";" is escaped, as tmux would otherwise read it as a command separator. */
    private void type(String line) throws Exception {
        tmux("send-keys", "-t", "repl", "-l", line.endsWith(";") ? line.substring(0, line.length() - 1) + "\\;" : line);
        tmux("send-keys", "-t", "repl", "Enter");
    }

    private boolean sessionEnds() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        while (System.nanoTime() < deadline) {
            String answer = tmux("has-session", "-t", "repl");
            if (answer.contains("can't find session") || answer.contains("no server running")) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }
}
