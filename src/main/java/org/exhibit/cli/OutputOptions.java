package org.exhibit.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import org.exhibit.render.Format;
import org.exhibit.render.RenderOptions;
import picocli.CommandLine.Option;

/** The output format, its options and the named parameters shared by the commands that run SQL. */
final class OutputOptions {

    @Option(names = "--format", paramLabel = "<format>",
            description = "table, csv, tsv, json, markdown, vertical, chart or xlsx (default: table on a terminal, csv otherwise).")
    String format;

    @Option(names = "--param", paramLabel = "<name=value>",
            description = "A value for :name in the SQL, bound as a JDBC parameter (repeatable).")
    Map<String, String> params = new LinkedHashMap<>();

    @Option(names = "--null", paramLabel = "<text>",
            description = "Write SQL NULL as this text (default: empty in csv, tsv and markdown; NULL in tables).")
    String nullText;

    @Option(names = "--bom", description = "Start csv and tsv output with a UTF-8 byte order mark (for spreadsheets).")
    boolean bom;

    @Option(names = "--escape-formulas",
            description = "Put an apostrophe before csv and tsv text cells starting with = + - or @, so that a spreadsheet"
                    + " does not run them as formulas (numbers are left alone; default: exact data).")
    boolean escapeFormulas;

    @Option(names = "--thousands", description = "Group the digits of decimal numbers by thousands in tables (1,234.5).")
    boolean thousands;

    @Option(names = "--crlf", description = "End csv and tsv lines with CR LF, as RFC 4180 says (default: LF, as psql writes).")
    boolean crlf;

    /** The chosen format, or the default for where the output goes. */
    Format format(Context context) {
        if (format != null) {
            return Format.of(format);
        }
        return context.interactive() ? Format.TABLE : Format.CSV;
    }

    /** How results are laid out, as the options say. */
    RenderOptions renderOptions() {
        return RenderOptions.DEFAULT.withNullText(nullText).withBom(bom).withEscapeFormulas(escapeFormulas)
                .withThousands(thousands)
                .withCrlf(crlf);
    }

    /** The named parameters. */
    Map<String, String> params() {
        return params;
    }
}
