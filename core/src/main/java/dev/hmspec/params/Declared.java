package dev.hmspec.params;

import dev.hmspec.ast.EmbedStatement.ParamDecl;
import dev.hmspec.ast.View;
import dev.hmspec.source.SourceFile;
import dev.hmspec.syntax.SpecParser;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The parameters a spec declares, for tools that hold values for many specs at once (the Maven
 * plugin's {@code params} and parameter sets): each spec gets only the values it declares.
 */
public final class Declared {
    private Declared() {}

    public static Set<String> names(SourceFile spec) {
        Set<String> names = new LinkedHashSet<>();
        for (View v : SpecParser.parse(spec).ast().views())
            for (ParamDecl p : v.all(ParamDecl.class)) names.add(p.name().text());
        return names;
    }

    /** The entries of {@code values} that {@code spec} declares, sorted by name. */
    public static Map<String, String> only(SourceFile spec, Map<String, String> values) {
        Set<String> names = names(spec);
        Map<String, String> out = new TreeMap<>();
        values.forEach((k, v) -> { if (names.contains(k)) out.put(k, v); });
        return out;
    }
}
