package org.exhibit.store;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where exhibit keeps a user's files, decided in one place: data (the database), state (history), config
 * (exhibitrc) and cache (downloads) under the XDG base directories, else under {@code $HOME}; Java's {@code user.home} only when the
 * environment names no home at all. A relative XDG path is ignored, as the XDG specification says.
 *
 * @param env the environment to read
 */
public record UserPaths(Map<String, String> env) {

    /** The paths of this process's environment. */
    public static UserPaths system() {
        return new UserPaths(System.getenv());
    }

    /** The home folder: {@code $HOME}, else Java's {@code user.home}. */
    public Path home() {
        String home = env.get("HOME");
        return Path.of(home != null && !home.isBlank() ? home : System.getProperty("user.home"));
    }

    /** exhibit's data folder: {@code $XDG_DATA_HOME/exhibit}, else {@code ~/.local/share/exhibit}. */
    public Path data() {
        return base("XDG_DATA_HOME", ".local/share").resolve("exhibit");
    }

    /** exhibit's state folder (history): {@code $XDG_STATE_HOME/exhibit}, else {@code ~/.local/state/exhibit}. */
    public Path state() {
        return base("XDG_STATE_HOME", ".local/state").resolve("exhibit");
    }

    /** exhibit's config folder (exhibitrc): {@code $XDG_CONFIG_HOME/exhibit}, else {@code ~/.config/exhibit}. */
    public Path config() {
        return base("XDG_CONFIG_HOME", ".config").resolve("exhibit");
    }

    /** exhibit's cache folder (downloads): {@code $XDG_CACHE_HOME/exhibit}, else {@code ~/.cache/exhibit}. */
    public Path cache() {
        return base("XDG_CACHE_HOME", ".cache").resolve("exhibit");
    }

    /** A file the user named, with a leading {@code ~/} (or {@code ~} alone) for the home folder. */
    public Path expand(String name) {
        if (name.equals("~")) {
            return home();
        }
        return name.startsWith("~/") ? home().resolve(name.substring(2)) : Path.of(name);
    }

    private Path base(String variable, String underHome) {
        String value = env.get(variable);
        if (value != null && !value.isBlank() && Path.of(value).isAbsolute()) {
            return Path.of(value);
        }
        return home().resolve(underHome);
    }
}
