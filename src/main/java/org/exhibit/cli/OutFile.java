package org.exhibit.cli;

import java.nio.file.Path;
import org.exhibit.render.Format;
import picocli.CommandLine.Option;

/** The {@code --out <file>} option of {@code query}, {@code saved} and {@code run}: the result to a file, in its extension's format. */
final class OutFile {

    @Option(names = "--out", paramLabel = "<file>",
            description = "Write the result to this file, whole or not at all, in the format its extension names"
                    + " (.csv, .tsv, .json, .md, .xlsx) unless --format says otherwise.")
    Path file;

    /**
     * The format to write: --format when given, else the file's extension, else the default for where output goes.
     *
     * @throws IllegalArgumentException for a format or extension exhibit cannot write, or a workbook for a terminal
     */
    Format format(OutputOptions output, Context context) {
        Format format = output.format != null ? Format.of(output.format)
                : file != null ? Format.forFile(file.toString()) : output.format(context);
        if (format.binary() && file == null && context.interactive()) {
            throw new IllegalArgumentException(Format.XLSX.name().toLowerCase(java.util.Locale.ROOT)
                    + " is a workbook, not text for a terminal: add --out result.xlsx, or redirect the output to a file.");
        }
        return format;
    }

    /** The format {@link #format} chooses, or null once the reason none can be written is said on stderr (exit 2). */
    Format formatOrSay(OutputOptions output, Context context) {
        try {
            return format(output, context);
        } catch (IllegalArgumentException e) {
            context.err().println("exhibit: " + e.getMessage());
            return null;
        }
    }
}
