package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the owner note of a database lives, and what a refused process is told. */
class OwnerNoteTest {

    @TempDir
    Path folder;

    @Test
    void theNoteOfAFileDatabaseSitsBesideItWhateverTheUrlsSpellingAndSettings() {
        assertThat(OwnerNote.path("jdbc:h2:file:/data/exhibit")).contains(Path.of("/data/exhibit.owner"));
        assertThat(OwnerNote.path("jdbc:h2:/data/exhibit;ACCESS_MODE_DATA=r")).contains(Path.of("/data/exhibit.owner"));
        assertThat(OwnerNote.path("jdbc:h2:~/exhibit"))
                .contains(Path.of(System.getProperty("user.home"), "exhibit.owner"));
    }

    @Test
    void memoryAndServerDatabasesHaveNoNote() {
        assertThat(OwnerNote.path("jdbc:h2:mem:test")).isEmpty();
        assertThat(OwnerNote.path("jdbc:h2:tcp://localhost/~/exhibit")).isEmpty();
        assertThat(OwnerNote.path("jdbc:postgresql://localhost/exhibit")).isEmpty();
    }

    @Test
    void aNoteWrittenByThisProcessNamesItAndANoteOfAProcessThatHasEndedIsIgnored() throws Exception {
        String url = "jdbc:h2:file:" + folder.resolve("exhibit");
        OwnerNote.write(url);
        assertThat(OwnerNote.inUse(url)).startsWith("The database " + folder.resolve("exhibit") + " is in use by 'exhibit")
                .contains("(pid " + ProcessHandle.current().pid() + ", since ");

        Files.writeString(folder.resolve("exhibit.owner"), "1\n2001-01-01T00:00:00Z\n2001-01-01T00:00:00Z\nexhibit repl\n");
        assertThat(OwnerNote.inUse(url)).isEqualTo("The database " + folder.resolve("exhibit") + " is in use by another"
                + " program, which does not share it (exhibit shares a database between its processes, but a --read-only"
                + " session that opened the file first and other programs do not); wait for it to finish or close it,"
                + " or use another --db.");
    }
}
