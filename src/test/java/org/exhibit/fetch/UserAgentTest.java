package org.exhibit.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The User-Agent comes from the option, else the environment, else the config file, and must hold an e-mail. */
class UserAgentTest {

    @TempDir
    Path home;

    private Map<String, String> env(String... pairs) {
        var env = new java.util.HashMap<String, String>(Map.of("HOME", home.toString(), "XDG_CONFIG_HOME",
                home.resolve("config").toString()));
        for (int i = 0; i < pairs.length; i += 2) {
            env.put(pairs[i], pairs[i + 1]);
        }
        return env;
    }

    @Test
    void theOptionWinsOverTheEnvironmentWhichWinsOverTheConfigFile() throws Exception {
        Path config = home.resolve("config/exhibit/config.properties");
        Files.createDirectories(config.getParent());
        Files.writeString(config, "# who I am\nuser-agent = Config Person config@example.org\n");
        assertThat(UserAgent.resolve(null, env())).isEqualTo("Config Person config@example.org");
        assertThat(UserAgent.resolve(null, env("EXHIBIT_USER_AGENT", "Env Person env@example.org")))
                .isEqualTo("Env Person env@example.org");
        assertThat(UserAgent.resolve("Option Person option@example.org", env("EXHIBIT_USER_AGENT", "x y@z.org")))
                .isEqualTo("Option Person option@example.org");
    }

    @Test
    void withoutOneOrWithoutAnEmailTheSentenceSaysHowToSetIt() {
        String config = home.resolve("config/exhibit/config.properties").toString();
        assertThatThrownBy(() -> UserAgent.resolve(null, env())).isInstanceOf(FetchException.class)
                .hasMessage("fetch needs a User-Agent naming you and your e-mail address, as the SEC requires: set one"
                        + " with --user-agent \"Your Name you@example.com\", the environment variable EXHIBIT_USER_AGENT,"
                        + " or the line user-agent=Your Name you@example.com in " + config + ".")
                .matches(e -> ((FetchException) e).usage());
        assertThatThrownBy(() -> UserAgent.resolve(null, env("EXHIBIT_USER_AGENT", "Jane Analyst")))
                .hasMessageStartingWith("the User-Agent \"Jane Analyst\" (from EXHIBIT_USER_AGENT) has no e-mail address");
    }

    @Test
    void theConfigFileLivesUnderXdgConfigHomeElseDotConfig() {
        assertThat(UserAgent.configFile(Map.of("HOME", "/home/u"))).isEqualTo(Path.of("/home/u/.config/exhibit/config.properties"));
        assertThat(UserAgent.configFile(Map.of("HOME", "/home/u", "XDG_CONFIG_HOME", "/cfg")))
                .isEqualTo(Path.of("/cfg/exhibit/config.properties"));
    }
}
