package dev.hmspec.params;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.Optional;

/** Messages about parameters and their page controls: codes HM510–HM529. */
public final class ParamMessages {
    private ParamMessages() {}

    public static Diagnostic unknownParam(SourceFile f, Span s, String name, Collection<String> declared) {
        return Messages.error("HM510", f, s, "unknown parameter $" + name,
                Suggest.didYouMean(name, declared).map(h -> h.replace("\"", "\"$"))
                        .or(() -> Optional.of(declared.isEmpty() ? "declare it first: param " + name + " = <value>"
                                : "parameters: " + String.join(", ", declared))));
    }

    public static Diagnostic unknownOverride(SourceFile f, String name, Collection<String> declared) {
        return Messages.error("HM511", f, new Span(0, 0), "--param " + name + ": the spec declares no parameter \"" + name + "\"",
                Suggest.didYouMean(name, declared).or(() -> Optional.of(declared.isEmpty() ? "this spec has no param statement"
                        : "parameters: " + String.join(", ", declared))));
    }

    public static Diagnostic badOverride(SourceFile f, Span declared, String name, String value, String kind) {
        return Messages.error("HM512", f, declared, "--param " + name + "=" + value + ": \"" + name + "\" is a " + kind
                + " parameter", Optional.of(kind.equals("number") ? "give a number, e.g. " + name + "=10"
                        : "give true or false, e.g. " + name + "=true"));
    }

    public static Diagnostic duplicate(SourceFile f, Span s, String name) {
        return Messages.error("HM513", f, s, "parameter \"" + name + "\" is declared twice",
                Optional.of("keep one param " + name + " statement"));
    }

    public static Diagnostic unknownControl(SourceFile f, Span s, String kind, Collection<String> kinds) {
        return Messages.error("HM514", f, s, "unknown control \"" + kind + "\" for bind",
                Suggest.didYouMean(kind, kinds).or(() -> Optional.of("controls: " + String.join(", ", kinds))));
    }

    public static Diagnostic cannotBind(SourceFile f, Span s, String name, String why, String help) {
        return Messages.error("HM515", f, s, "parameter \"" + name + "\" cannot bind to a page control: " + why,
                Optional.of(help));
    }

    public static Diagnostic badControlArgs(SourceFile f, Span s, String kind, String expected) {
        return Messages.error("HM516", f, s, "bind " + kind + " takes " + expected, Optional.empty());
    }

    public static Diagnostic nullValue(SourceFile f, Span s, String name) {
        return Messages.error("HM517", f, s, "parameter \"" + name + "\" needs a number, string or boolean, not null",
                Optional.empty());
    }
}
