package dev.hmspec.transform;

import dev.hmspec.ast.Transform;
import java.util.ArrayList;
import java.util.List;

/** Step names as explain prints them: the statement keyword, e.g. "filter", "aggregate". */
public final class Steps {
    private Steps() {}

    public static String name(Transform t) {
        return t.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT);
    }

    public static List<String> names(List<Transform> steps) {
        List<String> out = new ArrayList<>();
        for (Transform t : steps) out.add(name(t));
        return out;
    }
}
