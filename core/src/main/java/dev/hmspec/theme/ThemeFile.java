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

/**
 * A theme file: one flat JSON object. JSON because every editor checks it and Jackson is
 * already here; flat because each key is one thing a reader can look up in docs/embedding.md.
 * {@code extends} picks the built-in to start from (light by default); every other key
 * replaces one value. Mistakes point into the theme file itself (file:line:col, caret).
 */
public final class ThemeFile {
    private ThemeFile() {}

    public static final List<String> KEYS = List.of("extends", "font", "background", "text", "muted", "rule",
            "tooltipBackground", "tooltipText", "buttonBackground", "buttonText", "buttonBorder", "accent");
    private static final Pattern SAFE_FONT = Pattern.compile("[^\"';{}<>\\\\]+");
    private static final JsonFactory JSON = new JsonFactory();

    public static Optional<Style> parse(SourceFile file, List<Diagnostic> out) {
        String text = file.text();
        Map<String, Object> values = new LinkedHashMap<>();
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
        return Optional.of(build(file.name(), values));
    }

    private static Style build(String name, Map<String, Object> v) {
        Style b = (Style) v.getOrDefault("extends", Style.LIGHT);
        return new Style(name, (String) v.getOrDefault("font", b.fontFamily()),
                c(v, "background", b.background()), c(v, "text", b.text()), c(v, "muted", b.muted()), c(v, "rule", b.rule()),
                c(v, "tooltipBackground", b.tooltipBackground()), c(v, "tooltipText", b.tooltipText()),
                c(v, "buttonBackground", b.buttonBackground()), c(v, "buttonText", b.buttonText()),
                c(v, "buttonBorder", b.buttonBorder()), c(v, "accent", b.accent()), Optional.empty());
    }

    private static int c(Map<String, Object> v, String key, int fallback) { return (Integer) v.getOrDefault(key, fallback); }

    private static Span at(JsonParser p, String text) { return at(p, text, 1); }

    private static Span at(JsonParser p, String text, int length) {
        int start = (int) Math.max(0, Math.min(text.length(), p.currentTokenLocation().getCharOffset()));
        return new Span(start, Math.min(text.length(), start + length));
    }
}
