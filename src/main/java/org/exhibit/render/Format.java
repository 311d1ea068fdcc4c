package org.exhibit.render;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The output formats results can be printed in. */
public enum Format {
    TABLE(new TableRenderer()),
    CSV(new DelimitedRenderer(',')),
    TSV(new DelimitedRenderer('\t')),
    JSON(new JsonRenderer()),
    MARKDOWN(new MarkdownRenderer()),
    VERTICAL(new VerticalRenderer()),
    CHART(new ChartRenderer()),
    XLSX(new XlsxRenderer());

    private final Renderer renderer;

    Format(Renderer renderer) {
        this.renderer = renderer;
    }

    /** Whether a result in this format ends with a "(6 rows)" footer: the formats meant for reading, not for files. */
    public boolean hasFooter() {
        return this == TABLE || this == VERTICAL;
    }

    /** Whether this format is bytes for a file (a workbook), not text a terminal can show. */
    public boolean binary() {
        return this == XLSX;
    }

    /**
     * The format a file name's extension asks for: {@code .csv}, {@code .tsv}, {@code .json}, {@code .md},
     * {@code .xlsx}; any other extension is refused, so that no file gets a format its name does not announce.
     */
    public static Format forFile(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        int dot = lower.lastIndexOf('.');
        String extension = dot < 0 || lower.indexOf('/', dot) >= 0 ? "" : lower.substring(dot + 1);
        return switch (extension) {
            case "csv" -> CSV;
            case "tsv", "tab" -> TSV;
            case "json" -> JSON;
            case "md", "markdown" -> MARKDOWN;
            case "xlsx" -> XLSX;
            default -> throw new IllegalArgumentException(name + ": exhibit writes files ending .csv, .tsv, .json, .md or"
                    + " .xlsx" + (extension.isEmpty() ? "; give the file one of these extensions."
                    : ", not ." + extension + "."));
        };
    }

    /** The renderer that prints this format. */
    public Renderer renderer() {
        return renderer;
    }

    /** The format with this name, in any letter case. */
    public static Format of(String name) {
        try {
            return valueOf(name.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Unknown format '" + name + "'; choose one of " + names() + ".", e);
        }
    }

    /** The names of all formats, for help and error messages. */
    public static String names() {
        return Arrays.stream(values()).map(f -> f.name().toLowerCase(Locale.ROOT)).collect(Collectors.joining(", "));
    }
}
