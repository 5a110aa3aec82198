package dev.hmspec.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.hmspec.render.ColorText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Packed 0xAARRGGBB ints as hex strings in scene JSON, and back. */
final class JsonColors {
    private JsonColors() {}

    static final class Writer extends JsonSerializer<Integer> {
        @Override public void serialize(Integer v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeString(ColorText.rgba(v));
        }
    }

    static final class Reader extends JsonDeserializer<Integer> {
        @Override public Integer deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return ColorText.parse(p.getValueAsString());
        }
    }

    static final class ArrayWriter extends JsonSerializer<int[]> {
        @Override public void serialize(int[] v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray(v, v.length);
            for (int c : v) g.writeString(ColorText.rgba(c));
            g.writeEndArray();
        }
    }

    static final class ArrayReader extends JsonDeserializer<int[]> {
        @Override public int[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
            List<Integer> l = new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) l.add(ColorText.parse(p.getText()));
            return l.stream().mapToInt(Integer::intValue).toArray();
        }
    }
}
