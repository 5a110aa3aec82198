package dev.hmspec.theme;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.Optional;

/** Messages about themes: codes HM500–HM509. */
public final class ThemeMessages {
    private ThemeMessages() {}

    public static Diagnostic unknownTheme(SourceFile f, Span s, String name) {
        return Messages.error("HM500", f, s, "unknown theme \"" + name + "\"",
                Suggest.didYouMean(name, Themes.NAMES).or(() -> Optional.of(
                        "use one of " + String.join(", ", Themes.NAMES) + ", or a theme file in quotes: theme \"brand.theme\"")));
    }

    public static Diagnostic notJson(SourceFile f, Span s, String detail) {
        return Messages.error("HM501", f, s, "theme file is not valid JSON: " + detail,
                Optional.of("a theme file is one JSON object, e.g. {\"extends\": \"dark\", \"text\": \"#eeeeee\"}"));
    }

    public static Diagnostic unknownKey(SourceFile f, Span s, String key, Collection<String> keys) {
        return Messages.error("HM502", f, s, "unknown theme key \"" + key + "\"",
                Suggest.didYouMean(key, keys).or(() -> Optional.of("keys: " + String.join(", ", keys))));
    }

    public static Diagnostic badColor(SourceFile f, Span s, String key, String value) {
        return Messages.error("HM503", f, s, "\"" + key + "\" needs a CSS color, got " + value,
                Optional.of("write a color such as \"#1a1a1a\", \"rgb(20, 20, 20)\" or \"white\""));
    }

    public static Diagnostic notText(SourceFile f, Span s, String key) {
        return Messages.error("HM504", f, s, "\"" + key + "\" needs a string value", Optional.empty());
    }

    public static Diagnostic cannotRead(SourceFile f, Span s, String path, String why) {
        return Messages.error("HM505", f, s, "cannot read theme file \"" + path + "\": " + why, Optional.empty());
    }

    public static Diagnostic conflicting(SourceFile f, Span s, String first, String second) {
        return Messages.error("HM506", f, s, "views of one spec use different themes (\"" + first + "\" and \""
                + second + "\")", Optional.of("a page has one theme: give the same theme in every view, or only in the first"));
    }

    public static Diagnostic badFontFamily(SourceFile f, Span s) {
        return Messages.error("HM507", f, s, "\"font\" may not contain quotes, semicolons, braces or angle brackets",
                Optional.of("list families separated by commas: \"Inter, Helvetica, sans-serif\""));
    }
}
