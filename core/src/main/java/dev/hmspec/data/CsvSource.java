package dev.hmspec.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvFactory;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.hmspec.source.Span;
import dev.hmspec.source.Utf8;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CSV/TSV via Jackson's streaming CSV parser. The first record is the header (quoted fields,
 * CRLF, blank lines handled by Jackson); for `matrix` input there is no header and every
 * record is a grid row. Ragged records are reported with their row and line.
 */
final class CsvSource {
    private static final CsvFactory FACTORY = new CsvFactory();
    private static final int MAX_REPORTED = 5;

    private CsvSource() {}

    /**
     * Decodes the file's bytes, then reads them. Text that is not UTF-8 is most often Latin-1 or
     * Windows-1252 (spreadsheet exports): it is decoded as Windows-1252 with a warning naming the
     * first bad byte's line and column, never shown as replacement characters.
     */
    static Result<RawData> read(byte[] bytes, char separator, boolean grid, String data, Span span) {
        Utf8.Decoded d = Utf8.decode(bytes);
        if (d.firstBad() < 0) return read(d.text(), separator, grid, data, span);
        String before = d.text().substring(0, d.firstBad());
        int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
        int column = before.length() - before.lastIndexOf('\n');
        Problem warning = ValueMessages.notUtf8(data, line, column, d.badByte(), span);
        Result<RawData> r = read(new String(bytes, WINDOWS_1252), separator, grid, data, span);
        List<Problem> all = new ArrayList<>();
        all.add(warning);
        all.addAll(r.problems());
        return new Result<>(r.value(), all);
    }

    private static final java.nio.charset.Charset WINDOWS_1252 = java.nio.charset.Charset.forName("windows-1252");

    static Result<RawData> read(String text, char separator, boolean grid, String data, Span span) {
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        List<Problem> problems = new ArrayList<>();
        try (CsvParser p = FACTORY.createParser(text)) {
            p.enable(CsvParser.Feature.SKIP_EMPTY_LINES);
            p.setSchema(CsvSchema.emptySchema().withColumnSeparator(separator));
            if (grid) return Result.ok(new RawData.Grid(readGrid(p)));
            List<String> header = nextRecord(p, new int[1]);
            if (header == null) return Result.of(new RawData.Columns(List.of(), 0), List.of(DataMessages.noRows(data, span)));
            List<RawColumn> columns = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (String h : header) {
                if (!seen.add(h)) problems.add(DataMessages.duplicateColumn(data, h, span));
                columns.add(new RawColumn(h));
            }
            int rows = 0, ragged = 0;
            int[] line = new int[1];
            List<String> record;
            while ((record = nextRecord(p, line)) != null) {
                rows++;
                if (record.size() != header.size()) {
                    if (++ragged <= MAX_REPORTED) {
                        problems.add(DataMessages.raggedRow(data, rows, line[0],
                                record.size(), header.size(), span));
                    }
                    continue;
                }
                for (int i = 0; i < record.size(); i++) columns.get(i).add(record.get(i));
            }
            if (!problems.isEmpty()) return Result.failed(problems);
            return Result.ok(new RawData.Columns(columns, rows));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            problems.add(DataMessages.malformed(data, "CSV", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr(),
                    e.getOriginalMessage(), span));
            return Result.failed(problems);
        } catch (IOException e) {
            return Result.failed(DataMessages.cannotReadFile(data, String.valueOf(e.getMessage()), span));
        }
    }

    /** The next record's fields, or null at the end of input; {@code line[0]} gets its first line. */
    private static List<String> nextRecord(CsvParser p, int[] line) throws IOException {
        JsonToken t = p.nextToken();
        if (t == null) return null;
        line[0] = (int) p.currentTokenLocation().getLineNr() + 1; // Jackson's CSV line is 0-based here
        List<String> out = new ArrayList<>();
        while ((t = p.nextToken()) != null && t != JsonToken.END_ARRAY) out.add(p.getText());
        return out;
    }

    private static List<Object> readGrid(CsvParser p) throws IOException {
        List<Object> rows = new ArrayList<>();
        List<String> record;
        while ((record = nextRecord(p, new int[1])) != null) rows.add(new ArrayList<Object>(record));
        return rows;
    }
}
