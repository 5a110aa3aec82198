package dev.hmspec.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.Arrays;

/**
 * JSON has no NaN: missing cell values (NaN in the scene) are written as null and read back
 * as NaN, for single doubles and double arrays alike.
 */
final class JsonNumbers {
    private JsonNumbers() {}

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("hmspec-numbers");
        m.addSerializer(Double.class, new DoubleWriter());
        m.addSerializer(Double.TYPE, new DoubleWriter());
        m.addSerializer(double[].class, new ArrayWriter());
        m.addDeserializer(Double.class, new DoubleReader());
        m.addDeserializer(Double.TYPE, new DoubleReader());
        m.addDeserializer(double[].class, new ArrayReader());
        return m;
    }

    static void write(double v, JsonGenerator g) throws IOException {
        if (Double.isFinite(v)) g.writeNumber(v);
        else g.writeNull();
    }

    static final class DoubleWriter extends JsonSerializer<Double> {
        @Override public void serialize(Double v, JsonGenerator g, SerializerProvider p) throws IOException { write(v, g); }
    }

    static final class ArrayWriter extends JsonSerializer<double[]> {
        @Override public void serialize(double[] v, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartArray(v, v.length);
            for (double d : v) write(d, g);
            g.writeEndArray();
        }
    }

    static final class DoubleReader extends JsonDeserializer<Double> {
        @Override public Double deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return p.currentToken() == JsonToken.VALUE_NULL ? Double.NaN : p.getValueAsDouble();
        }

        @Override public Double getNullValue(DeserializationContext c) { return Double.NaN; }
    }

    static final class ArrayReader extends JsonDeserializer<double[]> {
        @Override public double[] deserialize(JsonParser p, DeserializationContext c) throws IOException {
            double[] out = new double[16];
            int n = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = t == JsonToken.VALUE_NULL ? Double.NaN : p.getValueAsDouble();
            }
            return Arrays.copyOf(out, n);
        }
    }
}
