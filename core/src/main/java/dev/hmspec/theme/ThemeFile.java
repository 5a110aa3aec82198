package dev.hmspec.theme;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.hmspec.color.Color;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.scene.Style;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A theme file: one flat JSON object. JSON because every editor checks it and Jackson is
 * already here; flat because each key is one thing a reader can look up in docs/embedding.md.
 * {@code extends} picks the built-in to start from (light by default); every other key
 * replaces one value. Mistakes point into the theme file itself (file:line:col, caret).
 */
public final class ThemeFile {
    private ThemeFile() {}

    /** The color and font keys, then (embed12b) the size and spacing keys of {@link SizeKeys}. */
    public static final List<String> KEYS = java.util.stream.Stream.concat(Stream.of("extends", "font", "background", "text",
            "muted", "rule", "tooltipBackground", "tooltipText", "buttonBackground", "buttonText", "buttonBorder", "accent"),
            SizeKeys.NAMES.stream()).toList();
    private static final Pattern SAFE_FONT = Pattern.compile("[^\"';{}<>\\\\]+");
    private static final JsonFactory JSON = new JsonFactory();

    public static Optional<Style> parse(SourceFile file, List<Diagnostic> out) {
        String text = file.text();
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, Double> sizes = new LinkedHashMap<>();
        int before = out.size();
        try (JsonParser p = JSON.createParser(text)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                out.add(ThemeMessages.notJson(file, at(p, text), "expected an object in braces"));
                return Optional.empty();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String key = p.currentName();
                Span keySpan = at(p, text, key.length() + 2);
                JsonToken v = p.nextToken();
                Span valueSpan = at(p, text, Math.max(1, p.getText().length() + (v == JsonToken.VALUE_STRING ? 2 : 0)));
                if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) p.skipChildren();
                if (!KEYS.contains(key)) { out.add(ThemeMessages.unknownKey(file, keySpan, key, KEYS)); continue; }
                if (SizeKeys.NAMES.contains(key)) { // embed12b: sizes are numbers of pixels
                    if (v != JsonToken.VALUE_NUMBER_INT && v != JsonToken.VALUE_NUMBER_FLOAT) out.add(SizeKeys.notNumber(file, valueSpan, key));
                    else SizeKeys.check(file, valueSpan, key, p.getDoubleValue(), out).ifPresent(d -> sizes.put(key, d));
                    continue;
                }
                if (v != JsonToken.VALUE_STRING) { out.add(ThemeMessages.notText(file, valueSpan, key)); continue; }
                String s = p.getText().trim();
                if (key.equals("extends")) {
                    Optional<Style> base = Themes.byName(s).filter(b -> !b.name().equals("auto"));
                    if (base.isEmpty()) out.add(ThemeMessages.unknownTheme(file, valueSpan, s));
                    else values.put(key, base.get());
                } else if (key.equals("font")) {
                    if (!SAFE_FONT.matcher(s).matches()) out.add(ThemeMessages.badFontFamily(file, valueSpan));
                    else values.put(key, s);
                } else {
                    Optional<Integer> c = Color.parse(s);
                    if (c.isEmpty()) out.add(ThemeMessages.badColor(file, valueSpan, key, "\"" + s + "\""));
                    else values.put(key, c.get());
                }
            }
        } catch (JsonProcessingException e) {
            int offset = (int) Math.max(0, Math.min(text.length(), e.getLocation() == null ? 0 : e.getLocation().getCharOffset()));
            out.add(ThemeMessages.notJson(file, new Span(offset, Math.min(text.length(), offset + 1)), e.getOriginalMessage()));
            return Optional.empty();
        } catch (IOException e) {
            out.add(ThemeMessages.notJson(file, new Span(0, 0), String.valueOf(e.getMessage())));
            return Optional.empty();
        }
        if (out.size() > before) return Optional.empty();
        Style built = build(file.name(), values);
        if (sizes.isEmpty()) return Optional.of(built);
        return Optional.of(new Style(built.name(), built.fontFamily(), built.background(), built.text(), built.muted(), built.rule(),
                built.tooltipBackground(), built.tooltipText(), built.buttonBackground(), built.buttonText(), built.buttonBorder(),
                built.accent(), built.dark(), SizeKeys.apply(built.sizes(), sizes)));
    }

    private static Style build(String name, Map<String, Object> v) {
        Style b = (Style) v.getOrDefault("extends", Style.LIGHT);
        return new Style(name, (String) v.getOrDefault("font", b.fontFamily()),
                c(v, "background", b.background()), c(v, "text", b.text()), c(v, "muted", b.muted()), c(v, "rule", b.rule()),
                c(v, "tooltipBackground", b.tooltipBackground()), c(v, "tooltipText", b.tooltipText()),
                c(v, "buttonBackground", b.buttonBackground()), c(v, "buttonText", b.buttonText()),
                c(v, "buttonBorder", b.buttonBorder()), c(v, "accent", b.accent()), Optional.empty(), b.sizes());
    }

    private static int c(Map<String, Object> v, String key, int fallback) { return (Integer) v.getOrDefault(key, fallback); }

    private static Span at(JsonParser p, String text) { return at(p, text, 1); }

    private static Span at(JsonParser p, String text, int length) {
        int start = (int) Math.max(0, Math.min(text.length(), p.currentTokenLocation().getCharOffset()));
        return new Span(start, Math.min(text.length(), start + length));
    }
}
