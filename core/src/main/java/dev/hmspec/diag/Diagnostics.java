package dev.hmspec.diag;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/** Collects diagnostics from every stage; {@link #sorted()} gives them by position. */
public final class Diagnostics {
    private final LinkedHashSet<Diagnostic> items = new LinkedHashSet<>();

    public void add(Diagnostic d) { items.add(d); }
    public void addAll(List<Diagnostic> ds) { items.addAll(ds); }

    public boolean hasErrors() { return items.stream().anyMatch(Diagnostic::isError); }
    public int errorCount() { return (int) items.stream().filter(Diagnostic::isError).count(); }

    public List<Diagnostic> sorted() { return sort(new ArrayList<>(items)); }

    public static List<Diagnostic> sort(List<Diagnostic> ds) {
        List<Diagnostic> copy = new ArrayList<>(ds);
        copy.sort(Comparator.comparing((Diagnostic d) -> d.file().name())
                .thenComparingInt(d -> d.span().start())
                .thenComparing(Diagnostic::code));
        return List.copyOf(copy);
    }
}
