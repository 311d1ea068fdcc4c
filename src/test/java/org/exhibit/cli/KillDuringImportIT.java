package org.exhibit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety: an import killed with SIGKILL at seeded random points leaves every document wholly present or absent,
 * {@code check} working, and a second import that loads exactly the missing documents into the state of a clean
 * import.
 */
class KillDuringImportIT {

    /** Copies of each of the small filings, each copy its own document. */
    private static final int COPIES = 10;
    private static final int KILLS = 3;

    /**
     * Each document's name, table, line-item, fact, diagnostic and prose-line counts and the sum of its facts, then its
     * findings, which depend on the company's other documents as well.
     */
    private static final String CONTENTS = "select d.name,"
            + " (select count(*) from statement_table t where t.document_id = d.id) as tables,"
            + " (select count(*) from line_item i join statement_table t on t.id = i.table_id where t.document_id = d.id) as items,"
            + " (select count(*) from fact f where f.document_id = d.id) as facts,"
            + " (select coalesce(sum(f.amount), 0) from fact f where f.document_id = d.id) as total,"
            + " (select count(*) from diagnostic g where g.document_id = d.id) as diagnostics,"
            + " (select count(*) from prose_line p where p.document_id = d.id) as prose,"
            + " (select count(*) from finding x where x.document_id = d.id) as findings"
            + " from document d order by d.name";

    @TempDir
    Path home;

    @Test
    void everyDocumentIsWhollyPresentOrAbsentAfterAKillAndASecondImportCompletesTheSet() throws Exception {
        Path documents = JarProcess.copiesOfSmallFilings(home.resolve("documents"), COPIES);
        int total = JarProcess.SMALL_FILINGS.size() * COPIES;
        JarProcess exhibit = new JarProcess(home);

        String clean = url("clean");
        assertThat(exhibit.run("import", "--db", clean, documents.toString()).status()).isZero();
        List<String> cleanContents = rows(exhibit.run("query", "--db", clean, "--format", "csv", CONTENTS));
        assertThat(cleanContents).hasSize(total);
        String cleanCheck = exhibit.run("check", "--db", clean).out();

        Random random = new Random(20261123);
        for (int kill = 1; kill <= KILLS; kill++) {
            String db = url("killed" + kill);
            int after = 1 + random.nextInt(total / 2); // the second half still to come when the kill lands
            int delayMillis = random.nextInt(100);
            int reported = importAndKill(exhibit, db, documents, after, delayMillis);
            String when = "kill " + kill + ", " + delayMillis + " ms after " + reported + " documents were reported";

            List<String> contents = rows(exhibit.run("query", "--db", db, "--format", "csv", CONTENTS));
            assertThat(withoutFindings(cleanContents)).as(when + ": every document present is whole")
                    .containsAll(withoutFindings(contents));
            assertThat(contents.size()).as(when + ": at least the documents reported are present")
                    .isGreaterThanOrEqualTo(reported);

            JarProcess.Run check = exhibit.run("check", "--db", db);
            assertThat(check.err()).as(when + ": check").isEmpty();
            assertThat(check.status()).as(when + ": check").isZero();

            Set<String> present = names(contents);
            JarProcess.Run again = exhibit.run("import", "--db", db, documents.toString());
            assertThat(again.status()).as(when + ": second import").isZero();
            for (String line : documentLines(again.out())) {
                String name = line.substring(0, line.indexOf(':'));
                assertThat(line).as(when + ": second import of " + name)
                        .startsWith(present.contains(name) ? name + ": unchanged" : name + ": imported");
            }
            assertThat(documentLines(again.out())).hasSize(total);
            assertThat(rows(exhibit.run("query", "--db", db, "--format", "csv", CONTENTS)))
                    .as(when + ": after the second import, findings included").isEqualTo(cleanContents);
            assertThat(exhibit.run("check", "--db", db).out()).as(when + ": check after the second import")
                    .isEqualTo(cleanCheck);
        }
    }

    /**
     * Starts an import, waits until it has reported {@code after} documents, waits {@code delayMillis} more and kills
     * it with SIGKILL; returns how many documents it had reported by then.
     */
    private static int importAndKill(JarProcess exhibit, String db, Path documents, int after, int delayMillis)
            throws IOException, InterruptedException {
        Process process = exhibit.start(List.of(), "import", "--db", db, documents.toString());
        process.getOutputStream().close();
        List<String> lines = java.util.Collections.synchronizedList(new ArrayList<>());
        Thread reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // The pipe closes when the process is killed.
            }
        });
        reader.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (lines.size() < after && process.isAlive() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertThat(process.isAlive()).as("the import is still running after %d documents", after).isTrue();
        Thread.sleep(delayMillis);
        int reported = documentLines(String.join("\n", lines)).size();
        process.destroyForcibly();
        assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
        reader.join();
        assertThat(process.exitValue()).as("killed by SIGKILL").isEqualTo(128 + 9);
        return reported;
    }

    /** The summary lines of documents, without the lines of the checks across a company's documents. */
    private static List<String> documentLines(String out) {
        return out.lines().filter(line -> !line.contains(": checks across documents found ")).toList();
    }

    private String url(String name) {
        return "jdbc:h2:file:" + home.resolve(name).resolve("exhibit");
    }

    /** The data rows of a CSV result. */
    private static List<String> rows(JarProcess.Run run) {
        assertThat(run.err()).isEmpty();
        assertThat(run.status()).isZero();
        return run.out().lines().skip(1).toList();
    }

    /** The rows without their last column, the count of findings. */
    private static List<String> withoutFindings(List<String> contents) {
        return contents.stream().map(row -> row.substring(0, row.lastIndexOf(','))).toList();
    }

    private static Set<String> names(List<String> contents) {
        Set<String> names = new TreeSet<>();
        for (String row : contents) {
            names.add(row.substring(0, row.indexOf(',')));
        }
        return names;
    }
}
