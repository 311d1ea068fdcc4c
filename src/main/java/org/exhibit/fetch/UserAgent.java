package org.exhibit.fetch;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.exhibit.store.UserPaths;

/**
 * The User-Agent every request declares, as the SEC asks: a name and a contact e-mail address, taken from the option,
 * else {@code EXHIBIT_USER_AGENT}, else the key {@code user-agent} of {@code $XDG_CONFIG_HOME/exhibit/config.properties}
 * (else {@code ~/.config/exhibit/config.properties}).
 */
public final class UserAgent {

    private static final Pattern EMAIL = Pattern.compile("[^\\s@<>]+@[^\\s@<>]+\\.[^\\s@<>]+");
    private static final String HOW = "set one with --user-agent \"Your Name you@example.com\", the environment variable"
            + " EXHIBIT_USER_AGENT, or the line user-agent=Your Name you@example.com in ";

    private UserAgent() {
    }

    /** The config file read for the User-Agent when neither the option nor the environment gives one. */
    public static Path configFile(Map<String, String> env) {
        return new UserPaths(env).config().resolve("config.properties");
    }

    /** The User-Agent to declare, or a usage error saying how to set one when none is given or it has no e-mail. */
    public static String resolve(String option, Map<String, String> env) throws FetchException {
        Path config = configFile(env);
        String value = option;
        String from = "--user-agent";
        if (blank(value)) {
            value = env.get("EXHIBIT_USER_AGENT");
            from = "EXHIBIT_USER_AGENT";
        }
        if (blank(value)) {
            value = fromConfig(config);
            from = config.toString();
        }
        if (blank(value)) {
            throw FetchException.usage("fetch needs a User-Agent naming you and your e-mail address, as the SEC requires: "
                    + HOW + config + ".");
        }
        String agent = value.strip();
        if (!EMAIL.matcher(agent).find() || agent.contains("\n") || agent.contains("\r")) {
            throw FetchException.usage("the User-Agent \"" + agent + "\" (from " + from + ") has no e-mail address, which the"
                    + " SEC requires: " + HOW + config + ".");
        }
        return agent;
    }

    private static String fromConfig(Path config) throws FetchException {
        if (!Files.isRegularFile(config)) {
            return null;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            throw FetchException.usage(config + ": cannot be read as a properties file (" + e.getMessage() + ").");
        }
        return properties.getProperty("user-agent");
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
