package dev.hmspec.render.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import dev.hmspec.render.ColorText;
import dev.hmspec.scene.Sizes;
import dev.hmspec.scene.Style;
import java.io.IOException;
import java.util.Optional;

/**
 * The scene's resolved theme in scene JSON (embed12b): name, font, the page colors as
 * {@code "#rrggbb"}, the sizes and spacing the layout used, and for {@code theme auto} the
 * dark style the page switches to. Written only when the style is not the default light one
 * ({@link Light}), so light scenes read as before.
 */
final class StyleJson {
    private StyleJson() {}

    private static final String[] COLORS = {"background", "text", "muted", "rule", "tooltipBackground", "tooltipText",
        "buttonBackground", "buttonText", "buttonBorder", "accent"};

    private static int[] colors(Style s) {
        return new int[] {s.background(), s.text(), s.muted(), s.rule(), s.tooltipBackground(), s.tooltipText(),
            s.buttonBackground(), s.buttonText(), s.buttonBorder(), s.accent()};
    }

    /** Jackson's CUSTOM inclusion filter: {@code equals} true means "leave the property out". */
    static final class Light {
        @Override public boolean equals(Object o) { return o == null || Style.LIGHT.equals(o); }

        @Override public int hashCode() { return 0; }
    }

    static final class Writer extends JsonSerializer<Style> {
        @Override public void serialize(Style s, JsonGenerator g, SerializerProvider p) throws IOException {
            g.writeStartObject();
            g.writeStringField("name", s.name());
            g.writeStringField("font", s.fontFamily());
            int[] c = colors(s);
            for (int i = 0; i < COLORS.length; i++) g.writeStringField(COLORS[i], ColorText.rgba(c[i]));
            g.writeFieldName("sizes");
            p.defaultSerializeValue(s.sizes(), g);
            if (s.dark().isPresent()) {
                g.writeFieldName("dark");
                serialize(s.dark().get(), g, p);
            }
            g.writeEndObject();
        }
    }

    static final class Reader extends JsonDeserializer<Style> {
        @Override public Style deserialize(JsonParser p, DeserializationContext c) throws IOException {
            return style(p.getCodec().readTree(p), p);
        }

        private Style style(JsonNode n, JsonParser p) throws IOException {
            int[] c = new int[COLORS.length];
            for (int i = 0; i < COLORS.length; i++) c[i] = ColorText.parse(n.path(COLORS[i]).asText());
            Sizes sizes = n.has("sizes") ? p.getCodec().treeToValue(n.get("sizes"), Sizes.class) : Sizes.DEFAULT;
            Optional<Style> dark = n.has("dark") ? Optional.of(style(n.get("dark"), p)) : Optional.empty();
            return new Style(n.path("name").asText(), n.path("font").asText(), c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7],
                    c[8], c[9], dark, sizes);
        }
    }
}
