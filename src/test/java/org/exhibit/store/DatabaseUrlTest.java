package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database URL from the environment, or any URL under --read-only, cannot run SQL or Java or open files. */
class DatabaseUrlTest {

    private static final String ALLOWED = "allowed there: ACCESS_MODE_DATA, CACHE_SIZE, IFEXISTS, LOCK_TIMEOUT, PASSWORD, USER.";

    @TempDir
    Path folder;

    private String fromEnvironment(String url) throws StoreException {
        return DatabaseUrl.resolve(null, false, Map.of("EXHIBIT_DB", url));
    }

    @Test
    void theCommandLineWinsOverTheEnvironmentWhichWinsOverTheDefault() throws StoreException {
        String file = "jdbc:h2:file:" + folder.resolve("a");
        assertThat(DatabaseUrl.resolve(file, false, Map.of("EXHIBIT_DB", "jdbc:h2:mem:b"))).isEqualTo(file);
        assertThat(fromEnvironment("jdbc:h2:mem:b")).isEqualTo("jdbc:h2:mem:b");
        assertThat(DatabaseUrl.resolve(" ", false, Map.of())).isEqualTo(Database.defaultUrl());
    }

    @Test
    void harmlessSettingsAreAcceptedFromTheEnvironment() throws StoreException {
        String url = "jdbc:h2:file:/data/exhibit;IFEXISTS=TRUE;access_mode_data=r;LOCK_TIMEOUT=10000;USER=sa;PASSWORD=x;";
        assertThat(fromEnvironment(url)).isEqualTo(url);
    }

    @Test
    void eachSettingThatRunsCodeOrOpensFilesOrPortsIsRefusedFromTheEnvironmentNamingItsSource() {
        for (String setting : List.of("INIT=RUNSCRIPT FROM '/tmp/evil.sql'", "init=create alias x for 'java.lang.Runtime.exec'",
                "TRACE_LEVEL_FILE=3", "TRACE_LEVEL_SYSTEM_OUT=3", "AUTO_SERVER=TRUE", "AUTO_SERVER_PORT=9090",
                "DATABASE_EVENT_LISTENER='com.example.Listener'", "JAVA_OBJECT_SERIALIZER='com.example.Serializer'",
                "FILE_LOCK=NO", "RECOVER=1", "MODE=MySQL", "CIPHER=AES", "AUTHREALM=x", "OPEN_NEW=TRUE")) {
            String key = setting.substring(0, setting.indexOf('=')).toUpperCase(java.util.Locale.ROOT);
            assertThatThrownBy(() -> fromEnvironment("jdbc:h2:file:/data/exhibit;IFEXISTS=TRUE;" + setting))
                    .as(setting)
                    .isInstanceOf(StoreException.class)
                    .hasMessage("The database URL in EXHIBIT_DB sets " + key + ", which exhibit does not accept from the"
                            + " environment (settings that could run SQL or Java, or open files or ports); " + ALLOWED);
        }
    }

    @Test
    void aSettingHiddenBehindEscapesOrInAnyCaseIsStillSeen() {
        assertThatThrownBy(() -> fromEnvironment("jdbc:h2:file:/data/x\\;INIT=runscript from 'e.sql'"))
                .hasMessageContaining("sets INIT,");
        assertThatThrownBy(() -> fromEnvironment("jdbc:h2:file:/data/x;IFEXISTS=TRUE\\;INIT=x;In\\it=y"))
                .hasMessageContaining("sets INIT,");
        assertThatThrownBy(() -> fromEnvironment("jdbc:h2:mem:x;Trace_Level_File=4;init=x"))
                .hasMessageContaining("sets INIT, TRACE_LEVEL_FILE,");
    }

    @Test
    void onlyH2AndPostgresqlUrlsAreAcceptedFromTheEnvironment() throws StoreException {
        assertThat(fromEnvironment("jdbc:postgresql://localhost/exhibit?user=alice&password=x&sslmode=require"))
                .isEqualTo("jdbc:postgresql://localhost/exhibit?user=alice&password=x&sslmode=require");
        assertThatThrownBy(() -> fromEnvironment("jdbc:mysql://localhost/exhibit"))
                .hasMessage("The database URL in EXHIBIT_DB (jdbc:mysql://localhost/exhibit) is neither an H2 URL"
                        + " (jdbc:h2:...) nor a PostgreSQL one (jdbc:postgresql://host:port/database?user=...), the kinds"
                        + " exhibit opens.");
    }

    @Test
    void postgresqlParametersThatLoadClassesAreRefusedFromTheEnvironment() {
        assertThatThrownBy(() -> fromEnvironment("jdbc:postgresql://localhost/exhibit?user=a&socketFactory=x.Y"
                + "&loggerFile=/tmp/log"))
                .hasMessageStartingWith("The database URL in EXHIBIT_DB sets loggerFile, socketFactory, which exhibit"
                        + " does not accept from the environment");
    }

    @Test
    void aPostgresqlPasswordIsNotShown() {
        assertThat(DatabaseUrl.shown("jdbc:postgresql://h/db?user=a&password=secret&ssl=true"))
                .isEqualTo("jdbc:postgresql://h/db?user=a&password=…&ssl=true");
    }

    @Test
    void theCommandLineIsCheckedUnderReadOnlyOnly() throws StoreException {
        String url = "jdbc:h2:file:" + folder.resolve("x") + ";TRACE_LEVEL_FILE=0";
        assertThat(DatabaseUrl.resolve(url, false, Map.of())).isEqualTo(url);
        assertThatThrownBy(() -> DatabaseUrl.resolve(url, true, Map.of()))
                .hasMessage("The database URL given with --db sets TRACE_LEVEL_FILE, which exhibit does not accept with"
                        + " --read-only (settings that could run SQL or Java, or open files or ports); " + ALLOWED);
    }

    @Test
    void aServersDatabaseOrOneInAnotherFileSystemIsRefusedFromAnywhere() {
        for (String url : List.of("jdbc:h2:tcp://localhost/~/exhibit", "jdbc:h2:ssl://evil.example.com/db",
                "jdbc:h2:zip:/tmp/backup.zip!/exhibit", "jdbc:h2:split:/data/exhibit", "jdbc:h2:nioMapped:/data/x")) {
            String kind = url.substring(8, url.indexOf(':', 8) + 1);
            assertThatThrownBy(() -> fromEnvironment(url)).as(url).hasMessage("The database URL in EXHIBIT_DB (" + url
                    + ") names " + kind + ", which exhibit does not open: only a database file (jdbc:h2:file:… or a"
                    + " path) or one in memory (jdbc:h2:mem:…), so that exhibit can inspect it before H2 runs anything"
                    + " it holds.");
            assertThatThrownBy(() -> DatabaseUrl.resolve(url, false, Map.of())).as(url)
                    .hasMessageStartingWith("The database URL given with --db (" + url + ") names " + kind);
        }
    }

    @Test
    void aPasswordInAUrlIsNeverShown() {
        assertThat(DatabaseUrl.shown("jdbc:h2:file:/x;USER=sa;password=hunter2;IFEXISTS=TRUE"))
                .isEqualTo("jdbc:h2:file:/x;USER=sa;password=…;IFEXISTS=TRUE");
        assertThatThrownBy(() -> fromEnvironment("jdbc:h2:file:/x;PASSWORD=hunter2;INIT=x"))
                .hasMessageNotContaining("hunter2");
    }
}
