package uk.nexus.ingest.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A strict, streaming RFC 4180 reader: comma-separated, {@code "}-quoted fields that may hold commas,
 * quotes ({@code ""}) and line breaks; CRLF, LF or CR line ends; a leading byte-order mark skipped.
 * Input must be UTF-8. It knows the physical line each record starts on, refuses fields longer than
 * a limit (so a runaway quote or a hostile file cannot exhaust memory) and reports syntax errors
 * with their line.
 */
public final class CsvReader implements Closeable {

    /** A file that is not valid CSV or not valid UTF-8; reading it cannot go on. */
    public static final class CsvSyntaxException extends IOException {
        private final long line;

        CsvSyntaxException(long line, String message) {
            super(message);
            this.line = line;
        }

        public long line() {
            return line;
        }
    }

    private static final int EOF = -1;

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(1 << 16).flip();
    private final CharBuffer chars = CharBuffer.allocate(1 << 16).flip();
    private final int maxFieldLength;
    private boolean endOfBytes;
    private boolean malformed;
    private int badByte = -1;
    private boolean started;
    private long recordLength;
    private boolean flushed;
    private long line = 1;
    private long recordStart = 1;
    private boolean first = true;
    private @Nullable StringBuilder raw;

    public CsvReader(InputStream stream, int maxFieldLength) {
        this.in = stream;
        this.maxFieldLength = maxFieldLength;
    }

    /**
     * Keeps the text of each record as it was in the file (quotes, inner line breaks and all, without
     * the line end that closes it), for {@link #recordText()}; used to write a quarantine bundle.
     */
    public CsvReader keepingRecordText() {
        raw = new StringBuilder();
        return this;
    }

    /** The text of the record last returned by {@link #next()}, if {@link #keepingRecordText()}. */
    public String recordText() {
        return raw == null ? "" : raw.toString();
    }

    /** The physical line the record last returned by {@link #next()} starts on. */
    public long recordStartLine() {
        return recordStart;
    }

    /**
     * The next record's fields, or null at the end of the input. A blank line is returned as an empty
     * list.
     */
    public @Nullable List<String> next() throws IOException {
        recordLength = 0;
        int c = read();
        if (first) {
            first = false;
            if (c == '\uFEFF') {
                c = read();
            }
        }
        if (c == EOF) {
            return null;
        }
        recordStart = line;
        if (raw != null) {
            raw.setLength(0);
            raw.append((char) c);
        }

        List<String> fields = new ArrayList<>();
        if (isLineEnd(c)) {
            endLine(c);
            return fields;
        }
        StringBuilder field = new StringBuilder();
        while (true) {
            if (c == '"' && field.isEmpty()) {
                c = readQuoted(field);
            } else {
                while (c != ',' && !isLineEnd(c) && c != EOF) {
                    if (c == '"') {
                        throw new CsvSyntaxException(
                                line, "a quote inside an unquoted field (quote the whole field and double the quote)");
                    }
                    append(field, (char) c);
                    c = read();
                }
            }
            fields.add(field.toString());
            field.setLength(0);
            if (c == ',') {
                c = read();
                continue;
            }
            if (isLineEnd(c)) {
                endLine(c);
            }
            return fields;
        }
    }

    /** Reads a quoted field after its opening quote; returns the character after the closing quote. */
    private int readQuoted(StringBuilder field) throws IOException {
        long opened = line;
        while (true) {
            int c = read();
            if (c == EOF) {
                throw new CsvSyntaxException(opened, "a quoted field opened on this line is never closed");
            }
            if (c == '"') {
                int after = read();
                if (after == '"') {
                    append(field, '"');
                    continue;
                }
                if (after != ',' && !isLineEnd(after) && after != EOF) {
                    throw new CsvSyntaxException(line, "text after the closing quote of a field");
                }
                return after;
            }
            if (c == '\n' || (c == '\r' && peek() != '\n')) {
                line++;
            }
            append(field, (char) c);
        }
    }

    /** A record may hold a few maximal fields, not an unbounded number of small ones. */
    private long maxRecordLength() {
        return 4L * maxFieldLength + 10_000;
    }

    private void append(StringBuilder field, char c) throws CsvSyntaxException {
        if (field.length() >= maxFieldLength) {
            throw new CsvSyntaxException(recordStart, "a field longer than " + maxFieldLength + " characters");
        }
        field.append(c);
    }

    private void endLine(int c) throws IOException {
        int ending = 1;
        if (c == '\r' && peek() == '\n') {
            read();
            ending = 2;
        }
        if (raw != null) {
            raw.setLength(Math.max(0, raw.length() - ending));
        }
        line++;
    }

    private static boolean isLineEnd(int c) {
        return c == '\n' || c == '\r';
    }

    private int peek() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return EOF;
        }
        return chars.get(chars.position());
    }

    private int read() throws IOException {
        if (!chars.hasRemaining() && !fill()) {
            return EOF;
        }
        char c = chars.get();
        if (++recordLength > maxRecordLength()) {
            throw new CsvSyntaxException(
                    recordStart,
                    "a record longer than " + maxRecordLength()
                            + " characters (a line that never ends, or far too many fields)");
        }
        if (raw != null) {
            raw.append(c);
        }
        return c;
    }

    /**
     * Decodes more input. Characters before an invalid byte are handed out first, so the error is
     * raised on the line where the invalid byte really is.
     */
    private boolean fill() throws IOException {
        while (true) {
            if (malformed) {
                throw new CsvSyntaxException(line, notUtf8());
            }
            if (flushed) {
                return false;
            }
            chars.clear();
            CoderResult result = decoder.decode(bytes, chars, endOfBytes);
            if (result.isError()) {
                malformed = true;
                badByte = bytes.get(bytes.position()) & 0xFF;
            } else if (endOfBytes && result.isUnderflow()) {
                decoder.flush(chars);
                flushed = true;
            }
            chars.flip();
            if (chars.hasRemaining()) {
                return true;
            }
            if (malformed || flushed) {
                continue;
            }
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfBytes = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
            if (!started && (bytes.remaining() >= 2 || endOfBytes)) {
                started = true;
                checkNotUtf16();
            }
        }
    }

    private void checkNotUtf16() throws CsvSyntaxException {
        if (bytes.remaining() < 2) {
            return;
        }
        int b0 = bytes.get(bytes.position()) & 0xFF;
        int b1 = bytes.get(bytes.position() + 1) & 0xFF;
        if ((b0 == 0xFE && b1 == 0xFF) || (b0 == 0xFF && b1 == 0xFE)) {
            throw new CsvSyntaxException(
                    1,
                    "the file is UTF-16 (it starts with a UTF-16 byte-order mark %02X %02X); save it as UTF-8"
                            .formatted(b0, b1));
        }
    }

    private String notUtf8() {
        if (badByte >= 0x80) {
            String windows1252 =
                    new String(new byte[] {(byte) badByte}, java.nio.charset.Charset.forName("windows-1252"));
            return "not valid UTF-8: byte 0x%02X, which is \"%s\" in Windows-1252/Latin-1; the file is probably in that encoding: save it as UTF-8"
                    .formatted(badByte, windows1252);
        }
        return "not valid UTF-8 (save the file as UTF-8)";
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
