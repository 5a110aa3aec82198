package dev.hmspec.data;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hmspec.source.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * JSON via Jackson's streaming parser. An array of objects streams straight into columns (keys in
 * first-seen order across rows, missing keys are null); an array of arrays or an object is read
 * as a tree and returned as a {@link RawData.Grid} for the matrix shaper.
 */
final class JsonSource {
    /** A key twice in one object and content after the value are errors with their line and column, not guesses. */
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();
    private static final ObjectMapper TREE = new ObjectMapper(FACTORY)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private JsonSource() {}

    static Result<RawData> read(byte[] bytes, String data, Span span) {
        // Jackson notices a bad byte a character or two late; point at the byte itself.
        dev.hmspec.source.Utf8.Decoded d = dev.hmspec.source.Utf8.decode(bytes);
        if (d.firstBad() >= 0) {
            String before = d.text().substring(0, d.firstBad());
            int line = 1 + (int) before.chars().filter(c -> c == '\n').count();
            return Result.failed(ValueMessages.jsonNotUtf8(data, line, before.length() - before.lastIndexOf('\n'), d.badByte(), span));
        }
        try (JsonParser p = FACTORY.createParser(bytes)) {
            JsonToken first = p.nextToken();
            if (first == JsonToken.START_OBJECT) return Result.ok(new RawData.Grid(TREE.readValue(bytes, Object.class)));
            if (first != JsonToken.START_ARRAY) return Result.failed(DataMessages.notATable(data, describe(first), span));
            JsonToken second = p.nextToken();
            if (second == JsonToken.START_ARRAY) return Result.ok(new RawData.Grid(TREE.readValue(bytes, Object.class)));
            return readObjects(p, second, data, span);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            return Result.failed(DataMessages.malformed(data, "JSON", at == null ? 0 : at.getLineNr(),
                    at == null ? 0 : at.getColumnNr(), e.getOriginalMessage(), span));
        } catch (IOException e) {
            return Result.failed(DataMessages.cannotReadFile(data, String.valueOf(e.getMessage()), span));
        }
    }

    private static Result<RawData> readObjects(JsonParser p, JsonToken t, String data, Span span) throws IOException {
        Map<String, RawColumn> columns = new LinkedHashMap<>();
        List<Problem> problems = new ArrayList<>();
        Set<String> nestedReported = new HashSet<>();
        int row = 0;
        for (; t == JsonToken.START_OBJECT; t = p.nextToken(), row++) {
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                JsonToken v = p.nextToken();
                Object cell;
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
                    if (nestedReported.add(key)) problems.add(DataMessages.nestedValue(data, row + 1, key, span));
                    p.skipChildren();
                    cell = null;
                } else {
                    cell = scalar(p, v);
                }
                RawColumn c = columns.get(key);
                if (c == null) columns.put(key, c = new RawColumn(key));
                c.set(row, cell);
            }
        }
        if (t != JsonToken.END_ARRAY) {
            problems.add(DataMessages.notATable(data, "an array holding " + describe(t) + " at row " + (row + 1), span));
        } else if (p.nextToken() != null) {
            var at = p.currentTokenLocation();
            problems.add(ValueMessages.trailingJson(data, at.getLineNr(), at.getColumnNr(), span));
        }
        if (!problems.isEmpty()) return Result.failed(problems);
        for (RawColumn c : columns.values()) c.padTo(row);
        return Result.ok(new RawData.Columns(new ArrayList<>(columns.values()), row));
    }

    private static Object scalar(JsonParser p, JsonToken v) throws IOException {
        switch (v) {
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return p.getDoubleValue();
            case VALUE_STRING: return p.getText();
            case VALUE_TRUE: return Boolean.TRUE;
            case VALUE_FALSE: return Boolean.FALSE;
            default: return null;
        }
    }

    static String describe(JsonToken t) {
        if (t == null) return "nothing";
        switch (t) {
            case START_ARRAY: return "an array";
            case START_OBJECT: return "an object";
            case VALUE_STRING: return "a string";
            case VALUE_NUMBER_INT: case VALUE_NUMBER_FLOAT: return "a number";
            case VALUE_TRUE: case VALUE_FALSE: return "a boolean";
            case VALUE_NULL: return "null";
            default: return t.asString() == null ? t.name() : t.asString();
        }
    }
}
