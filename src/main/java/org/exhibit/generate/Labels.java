package org.exhibit.generate;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The spellings of labels and titles the generator draws from (labels.csv), each key with the ones seen in real exhibits. */
final class Labels {

    private static final Map<String, List<String>> SPELLINGS = load();

    private Labels() {
    }

    /** One spelling of every key, drawn once for a company. */
    static Map<String, String> draw(Random random) {
        Map<String, String> chosen = new LinkedHashMap<>();
        SPELLINGS.forEach((key, spellings) -> chosen.put(key, spellings.get(random.nextInt(spellings.size()))));
        return chosen;
    }

    private static Map<String, List<String>> load() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
        try (InputStream in = Labels.class.getResourceAsStream("labels.csv")) {
            Map<String, List<String>> spellings = new LinkedHashMap<>();
            for (CSVRecord record : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                spellings.computeIfAbsent(record.get("item"), k -> new ArrayList<>()).add(record.get("label"));
            }
            return spellings;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
