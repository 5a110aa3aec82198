package dev.hmspec.maven;

import dev.hmspec.params.Declared;
import dev.hmspec.source.SourceFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The renderings of the specs: each spec once with the plugin's {@code params} (the values it
 * declares), then once per parameter set that names one of its parameters, slug
 * {@code <spec>-<set>}. A spec declaring none of a set's parameters is not repeated for it.
 */
final class ParamVariants {
    private ParamVariants() {}

    static List<SpecSet.Spec> expand(List<SpecSet.Spec> specs, Map<String, String> params, List<ParamSet> sets) {
        Map<String, String> base = params == null ? Map.of() : params;
        List<ParamSet> all = sets == null ? List.of() : sets;
        if (base.isEmpty() && all.isEmpty()) return specs;
        List<SpecSet.Spec> out = new ArrayList<>();
        for (SpecSet.Spec s : specs) {
            SourceFile file;
            try {
                file = SourceFile.of(s.path(), s.path().toString(), Files.readString(s.path(), StandardCharsets.UTF_8));
            } catch (IOException | RuntimeException e) {
                out.add(s); // the render reports what is wrong with it
                continue;
            }
            out.add(new SpecSet.Spec(s.path(), s.slug(), Declared.only(file, base)));
            for (ParamSet set : all) {
                Map<String, String> values = new LinkedHashMap<>(base);
                values.putAll(set.params == null ? Map.of() : set.params);
                Map<String, String> own = Declared.only(file, set.params == null ? Map.of() : set.params);
                if (own.isEmpty()) continue;
                out.add(new SpecSet.Spec(s.path(), s.slug() + "-" + set.name, Declared.only(file, values)));
            }
        }
        return out;
    }

    /** A set's name becomes part of file names: keep it to safe characters. */
    static String check(ParamSet set) {
        if (set.name == null || !set.name.matches("[A-Za-z0-9_.-]+") || set.name.startsWith("."))
            return "hmspec: every paramSet needs a <name> of letters, digits, '-', '_' or '.', got \"" + set.name + "\"";
        return null;
    }
}
