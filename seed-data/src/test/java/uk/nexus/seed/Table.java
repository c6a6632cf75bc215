package uk.nexus.seed;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** One CSV file of a bundle read back with a strict RFC 4180 parser (commons-csv), rows with their line numbers. */
record Table(String file, List<String> header, List<Row> rows) {

    record Row(long line, Map<String, String> values) {
        String get(String column) {
            String v = values.get(column);
            if (v == null) {
                throw new IllegalArgumentException("no column " + column);
            }
            return v;
        }
    }

    static Table read(Path dir, String file) {
        try {
            byte[] bytes = Files.readAllBytes(dir.resolve(file));
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
            CSVFormat format = CSVFormat.RFC4180.builder().get();
            List<Row> rows = new ArrayList<>();
            List<String> header;
            try (CSVParser parser = CSVParser.parse(text, format)) {
                List<CSVRecord> records = parser.getRecords();
                header = records.getFirst().toList();
                for (CSVRecord r : records.subList(1, records.size())) {
                    if (r.size() != header.size()) {
                        throw new IllegalStateException(file + ": record " + r.getRecordNumber() + " has " + r.size()
                                + " fields, header has " + header.size());
                    }
                    Map<String, String> values = new LinkedHashMap<>();
                    for (int i = 0; i < header.size(); i++) {
                        values.put(header.get(i), r.get(i));
                    }
                    // physical line of the record's start: count line breaks before its first character
                    rows.add(new Row(r.getCharacterPosition(), values));
                }
            }
            // turn character positions into line numbers
            List<Row> numbered = new ArrayList<>(rows.size());
            int line = 1;
            int pos = 0;
            for (Row row : rows) {
                while (pos < row.line()) {
                    if (text.charAt(pos) == '\n') {
                        line++;
                    }
                    pos++;
                }
                numbered.add(new Row(line, row.values()));
            }
            return new Table(file, header, numbered);
        } catch (CharacterCodingException e) {
            throw new IllegalStateException(file + " is not valid UTF-8", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int size() {
        return rows.size();
    }
}
