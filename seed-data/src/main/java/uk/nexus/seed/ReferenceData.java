package uk.nexus.seed;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The reference tables packaged under {@code nexus/reference/} (offence weights, referral originators). */
final class ReferenceData {

    static final String OFFENCES = "nexus/reference/offence-weights-v1.csv";
    static final String ORIGINATORS = "nexus/reference/referral-originators.csv";

    record Offence(String code, String description, String category, int harmDays, String capability) {}

    record Originator(String id, String name, String description, int shareBasisPoints) {}

    private ReferenceData() {}

    static List<Offence> offences() {
        List<Offence> result = new ArrayList<>();
        List<List<String>> rows = read(OFFENCES);
        List<String> h = rows.getFirst();
        for (List<String> r : rows.subList(1, rows.size())) {
            result.add(new Offence(
                    r.get(h.indexOf("offence_code")),
                    r.get(h.indexOf("description")),
                    r.get(h.indexOf("category")),
                    Integer.parseInt(r.get(h.indexOf("harm_days"))),
                    r.get(h.indexOf("capability"))));
        }
        return result;
    }

    static List<Originator> originators() {
        List<Originator> result = new ArrayList<>();
        List<List<String>> rows = read(ORIGINATORS);
        List<String> h = rows.getFirst();
        for (List<String> r : rows.subList(1, rows.size())) {
            // shares have two decimals: hold them as basis points so that apportioning is exact integer arithmetic
            String pct = r.get(h.indexOf("source_share_pct"));
            int bp = new java.math.BigDecimal(pct).movePointRight(2).intValueExact();
            result.add(new Originator(
                    r.get(h.indexOf("originator_id")), r.get(h.indexOf("name")), r.get(h.indexOf("description")), bp));
        }
        return result;
    }

    /** Reads a small CSV without embedded line breaks (RFC 4180 quoting within a line). */
    static List<List<String>> read(String resource) {
        InputStream in = ReferenceData.class.getClassLoader().getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing classpath resource " + resource);
        }
        List<List<String>> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    rows.add(splitLine(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    static List<String> splitLine(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else {
                f.append(c);
            }
        }
        fields.add(f.toString());
        return fields;
    }

    /**
     * Largest-remainder apportionment of {@code total} in proportion to integer {@code weights}; ties go to the
     * earlier index. Exact: no floating point.
     */
    static int[] apportion(int total, long[] weights) {
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        int[] result = new int[weights.length];
        long[] remainder = new long[weights.length];
        int assigned = 0;
        for (int i = 0; i < weights.length; i++) {
            long q = total * weights[i];
            result[i] = (int) (q / sum);
            remainder[i] = q % sum;
            assigned += result[i];
        }
        while (assigned < total) {
            int best = -1;
            for (int i = 0; i < weights.length; i++) {
                if (remainder[i] >= 0 && (best < 0 || remainder[i] > remainder[best])) {
                    best = i;
                }
            }
            result[best]++;
            remainder[best] = -1;
            assigned++;
        }
        return result;
    }
}
