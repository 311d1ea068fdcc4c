package org.exhibit.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Data, state and config follow $HOME and the XDG variables, whatever Java's user.home says. */
class UserPathsTest {

    @Test
    void homeIsTheEnvironmentsHomeNotJavasUserHome() {
        UserPaths paths = new UserPaths(Map.of("HOME", "/tmp/someone"));
        assertThat(paths.home()).isEqualTo(Path.of("/tmp/someone"));
        assertThat(paths.data()).isEqualTo(Path.of("/tmp/someone/.local/share/exhibit"));
        assertThat(paths.state()).isEqualTo(Path.of("/tmp/someone/.local/state/exhibit"));
        assertThat(paths.config()).isEqualTo(Path.of("/tmp/someone/.config/exhibit"));
        assertThat(paths.expand("~/reports/a.csv")).isEqualTo(Path.of("/tmp/someone/reports/a.csv"));
        assertThat(paths.expand("reports/a.csv")).isEqualTo(Path.of("reports/a.csv"));
    }

    @Test
    void theXdgVariablesWinWhenAbsoluteAndAreIgnoredWhenRelative() {
        UserPaths paths = new UserPaths(Map.of("HOME", "/h", "XDG_DATA_HOME", "/d", "XDG_STATE_HOME", "/s",
                "XDG_CONFIG_HOME", "relative/config"));
        assertThat(paths.data()).isEqualTo(Path.of("/d/exhibit"));
        assertThat(paths.state()).isEqualTo(Path.of("/s/exhibit"));
        assertThat(paths.config()).isEqualTo(Path.of("/h/.config/exhibit"));
    }

    @Test
    void withoutHomeInTheEnvironmentJavasUserHomeIsTheLastResort() {
        assertThat(new UserPaths(Map.of()).home()).isEqualTo(Path.of(System.getProperty("user.home")));
    }
}
