package dev.hmspec.resolve;

import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.FileLayout;
import dev.hmspec.ast.Name;
import dev.hmspec.ast.SpecFile;
import dev.hmspec.ast.Statement;
import dev.hmspec.bind.BoundView;
import dev.hmspec.check.FacetMessages;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.source.SourceFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Stage "resolve", for composition: {@code SpecFile + BoundView… ──▶ ResolvedLayout}. Binds each
 * facet field against its view's table (did-you-mean on a miss), counts the panels (too many is
 * an error), and groups the views that name one shared color scale (their fields must be of one
 * kind). Diagnostics go to {@code out}; the layout is only meaningful when none is an error.
 */
public final class FacetResolver {
    private FacetResolver() {}

    public static ResolvedLayout resolve(SourceFile f, SpecFile spec, List<BoundView> views, List<Diagnostic> out) {
        List<Optional<ResolvedFacet>> facets = new ArrayList<>();
        List<Optional<String>> shared = new ArrayList<>();
        Map<String, BoundView> firstOfName = new HashMap<>();
        for (BoundView v : views) {
            facets.add(v.view().last(Statement.Facet.class).flatMap(s -> facet(f, v, s, out)));
            Optional<Statement.Encoding> color = v.encoding(Channel.COLOR);
            Optional<EncodingOption.Shared> name = color.flatMap(c -> c.option(EncodingOption.Shared.class));
            shared.add(name.map(EncodingOption.Shared::name));
            if (name.isEmpty()) continue;
            BoundView first = firstOfName.putIfAbsent(name.get().name(), v);
            if (first != null && kind(first) != kind(v)) {
                out.add(FacetMessages.sharedKindsDiffer(f, name.get().nameSpan(), name.get().name(), kind(v), kind(first),
                        f.line(first.encoding(Channel.COLOR).orElseThrow().span().start())));
            }
        }
        FileLayout layout = spec.layouts().isEmpty() ? null : spec.layouts().get(spec.layouts().size() - 1);
        if (layout == null) return new ResolvedLayout(ResolvedLayout.Kind.ROWS, 1, facets, shared);
        ResolvedLayout.Kind kind = ResolvedLayout.Kind.valueOf(layout.kind().name());
        int columns = kind == ResolvedLayout.Kind.COLUMNS ? Math.max(1, views.size()) : Math.max(1, layout.columns());
        return new ResolvedLayout(kind, columns, facets, shared);
    }

    /** "number" or "text": a shared scale is continuous or categorical, not both. */
    private static String kind(BoundView v) {
        String field = v.encoding(Channel.COLOR).orElseThrow().field().field().text();
        FieldType t = v.table().column(field).type();
        return t == FieldType.NUMBER || t == FieldType.TEMPORAL ? "number" : "text";
    }

    private static Optional<ResolvedFacet> facet(SourceFile f, BoundView v, Statement.Facet s, List<Diagnostic> out) {
        Name name = s.field();
        Optional<Column> column = v.table().find(name.text());
        if (column.isEmpty()) {
            String data = v.view().last(Statement.Data.class).map(d -> dev.hmspec.plan.Plan.nameOf(d.source())).orElse("");
            out.add(FacetMessages.unknownFacetField(f, name.span(), name.text(), data, v.table().columnNames()));
            return Optional.empty();
        }
        Column c = column.get();
        Set<Object> values = new HashSet<>();
        for (int r = 0; r < c.size(); r++) if (!c.isNull(r)) values.add(c.get(r));
        if (values.size() > FacetMessages.MAX_PANELS) {
            out.add(FacetMessages.tooManyPanels(f, name.span(), name.text(), values.size()));
            return Optional.empty();
        }
        if (values.isEmpty()) {
            out.add(FacetMessages.noPanels(f, name.span(), name.text()));
            return Optional.empty();
        }
        for (Channel axis : List.of(Channel.X, Channel.Y)) {
            v.encoding(axis).filter(e -> e.field().field().text().equals(name.text()))
                    .ifPresent(e -> out.add(FacetMessages.facetOnAxis(f, name.span(), name.text(), axis.keyword())));
        }
        Set<String> own = new HashSet<>();
        v.view().all(Statement.Scales.class).forEach(sc -> sc.channels().forEach(n -> own.add(n.text())));
        ResolvedFacet.Kind kind = ResolvedFacet.Kind.valueOf(s.kind().name());
        return Optional.of(new ResolvedFacet(new ResolvedField(name.text(), c.type(), name.span()), kind,
                s.columns().orElse(0), !own.contains("x"), !own.contains("y"), !own.contains("color"), values.size(), s.span()));
    }
}
