package org.exhibit.store;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Chooses the database URL ({@code --db}, else {@code EXHIBIT_DB}, else the default file) and refuses a URL that comes
 * from the environment, or from anywhere under {@code --read-only}, when it carries an H2 setting outside a short list
 * of harmless ones: H2 applies every setting of a URL on connecting, and some run SQL ({@code INIT}), load Java classes
 * ({@code DATABASE_EVENT_LISTENER}, {@code JAVA_OBJECT_SERIALIZER}), open ports ({@code AUTO_SERVER}) or write files
 * ({@code TRACE_LEVEL_FILE}).
 */
public final class DatabaseUrl {

    /**
     * The settings accepted from the environment: they choose whether and how the file is opened and who logs in, and
     * nothing more. An allow-list, so that a setting a later H2 adds stays out until someone has read what it does.
     */
    static final Set<String> ALLOWED = Set.of("ACCESS_MODE_DATA", "CACHE_SIZE", "IFEXISTS", "LOCK_TIMEOUT", "PASSWORD",
            "USER");

    /**
     * The PostgreSQL driver's settings accepted from the environment and under {@code --read-only}: who logs in, how
     * the connection is secured and timed, which schema holds the tables. Others (socketFactory, sslfactory,
     * authenticationPluginClassName, loggerFile ...) load classes or write files, so they stay out.
     */
    static final Set<String> ALLOWED_POSTGRES = Set.of("user", "password", "ssl", "sslmode", "sslrootcert",
            "connecttimeout", "logintimeout", "sockettimeout", "applicationname", "tcpkeepalive", "currentschema");

    private DatabaseUrl() {
    }

    /**
     * The URL to use: {@code given} (from the command line), else {@code EXHIBIT_DB} in {@code environment}, else the
     * default file; a URL from the environment is checked, and so is the one given when {@code readOnly}, whose promise
     * (no changes, no files, no Java) a setting such as {@code INIT} would break.
     */
    public static String resolve(String given, boolean readOnly, Map<String, String> environment) throws StoreException {
        if (given != null && !given.isBlank()) {
            checkKind(given, "given with --db");
            if (readOnly) {
                check(given, "given with --db", "with --read-only");
            }
            return given;
        }
        String fromEnvironment = environment.get("EXHIBIT_DB");
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            check(fromEnvironment, "in EXHIBIT_DB", "from the environment");
            return fromEnvironment;
        }
        return Database.defaultUrl();
    }

    /**
     * Refuses {@code url} unless it is an H2 URL whose settings are all in {@link #ALLOWED}, or a PostgreSQL URL whose
     * parameters are all in {@link #ALLOWED_POSTGRES}.
     */
    static void check(String url, String source, String context) throws StoreException {
        checkKind(url, source);
        if (Engine.ofUrl(url) == Engine.POSTGRES) {
            checkPostgres(url, source, context);
            return;
        }
        Set<String> refused = new TreeSet<>();
        int end = url.indexOf(';');
        for (String setting : end < 0 ? List.<String>of() : settings(url.substring(end + 1))) {
            int equals = setting.indexOf('=');
            String key = (equals < 0 ? setting : setting.substring(0, equals)).trim().toUpperCase(Locale.ROOT);
            if (!key.isEmpty() && !ALLOWED.contains(key)) {
                refused.add(key);
            }
        }
        if (!refused.isEmpty()) {
            throw new StoreException("The database URL " + source + " sets " + String.join(", ", refused)
                    + ", which exhibit does not accept " + context + " (settings that could run SQL or Java, or open"
                    + " files or ports); allowed there: " + String.join(", ", new TreeSet<>(ALLOWED)) + ".", null);
        }
    }

    private static void checkPostgres(String url, String source, String context) throws StoreException {
        int query = url.indexOf('?');
        Set<String> refused = new TreeSet<>();
        for (String parameter : query < 0 ? new String[0] : url.substring(query + 1).split("&")) {
            int equals = parameter.indexOf('=');
            String key = (equals < 0 ? parameter : parameter.substring(0, equals)).trim();
            if (!key.isEmpty() && !ALLOWED_POSTGRES.contains(key.toLowerCase(Locale.ROOT))) {
                refused.add(key);
            }
        }
        if (!refused.isEmpty()) {
            throw new StoreException("The database URL " + source + " sets " + String.join(", ", refused)
                    + ", which exhibit does not accept " + context + " (parameters that could load Java classes or"
                    + " write files); allowed there: user, password, ssl, sslmode, sslrootcert, connectTimeout,"
                    + " loginTimeout, socketTimeout, ApplicationName, tcpKeepAlive, currentSchema.", null);
        }
    }

    /**
     * Refuses {@code url} unless it names a PostgreSQL database ({@code jdbc:postgresql:}), an H2 database file or one
     * in memory: an H2 server's database ({@code tcp:}, {@code ssl:}) or one read through another file system
     * ({@code zip:}, {@code split:}, ...) cannot be inspected before H2 runs what it holds.
     */
    static void checkKind(String url, String source) throws StoreException {
        if (Engine.ofUrl(url) == Engine.POSTGRES) {
            return;
        }
        if (!url.regionMatches(true, 0, "jdbc:h2:", 0, "jdbc:h2:".length())) {
            throw new StoreException("The database URL " + source + " (" + shown(url) + ") is neither an H2 URL"
                    + " (jdbc:h2:...) nor a PostgreSQL one (jdbc:postgresql://host:port/database?user=...), the kinds"
                    + " exhibit opens.", null);
        }
        String name = url.substring("jdbc:h2:".length());
        int semicolon = name.indexOf(';');
        name = semicolon < 0 ? name : name.substring(0, semicolon);
        if (!name.regionMatches(true, 0, "file:", 0, 5) && !name.regionMatches(true, 0, "mem:", 0, 4)
                && name.matches("(?s)[A-Za-z][A-Za-z0-9]+:.*")) {
            throw new StoreException("The database URL " + source + " (" + shown(url) + ") names "
                    + name.substring(0, name.indexOf(':') + 1) + ", which exhibit does not open: only a database file"
                    + " (jdbc:h2:file:… or a path) or one in memory (jdbc:h2:mem:…), so that exhibit can inspect it"
                    + " before H2 runs anything it holds.", null);
        }
    }

    /** {@code url} as messages may show it: the value of a {@code PASSWORD} setting (or parameter) is left out. */
    public static String shown(String url) {
        return url == null ? "" : url.replaceAll("(?i)(;\\s*PASSWORD\\s*=)[^;]*", "$1…")
                .replaceAll("(?i)([?&]password=)[^&]*", "$1…");
    }

    /**
     * {@code url} without the settings a read-only session sets itself: who logs in ({@code USER}, {@code PASSWORD}),
     * how the file is opened and whether it must exist ({@code ACCESS_MODE_DATA}, {@code IFEXISTS}).
     */
    static String withoutSessionSettings(String url) {
        return url.replaceAll("(?i);\\s*(USER|PASSWORD|ACCESS_MODE_DATA|IFEXISTS)\\s*=[^;]*", "");
    }

    /**
     * The settings after the database name, split as H2 splits them: the name ends at the first {@code ;}, and in the
     * settings a backslash escapes the next character.
     */
    private static List<String> settings(String text) {
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                part.append(text.charAt(++i));
            } else if (c == ';') {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(c);
            }
        }
        parts.add(part.toString());
        return parts;
    }
}
