package org.exhibit.store;

/**
 * H2's failures in one sentence a user can act on: a full disk or a damaged file said in those words, anything else as
 * the first line of H2's message without its error codes and the SQL it quotes, and never longer than a line;
 * PostgreSQL's are left to {@link PgMessages}.
 */
public final class H2Messages {

    private H2Messages() {
    }

    /** The sentence for {@code failure} (without a final full stop). */
    public static String sentence(Throwable failure) {
        var postgres = PgMessages.of(failure);
        if (postgres.isPresent()) {
            return PgMessages.sentence(postgres.get());
        }
        if (mentions(failure, "No space left on device")) {
            return "the disk is full (No space left on device)";
        }
        if (mentions(failure, "File corrupted")) {
            return "the database file is damaged";
        }
        String line = Database.firstLine(failure.getMessage());
        line = line.replaceAll("\\s*\\[[0-9]{5}-[0-9]+]", "");
        if (line.endsWith("; SQL statement:")) {
            line = line.substring(0, line.length() - "; SQL statement:".length());
        }
        return line.length() <= 200 ? line : line.substring(0, 100) + " ... " + line.substring(line.length() - 95);
    }

    private static boolean mentions(Throwable failure, String words) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t.getMessage() != null && t.getMessage().contains(words)) {
                return true;
            }
        }
        return false;
    }
}
