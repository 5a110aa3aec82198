package dev.hmspec.bind;

import dev.hmspec.CompileOptions;
import dev.hmspec.ast.Channel;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.check.FieldFlow;
import dev.hmspec.data.Column;
import dev.hmspec.data.FieldType;
import dev.hmspec.data.Problem;
import dev.hmspec.data.Result;
import dev.hmspec.data.Table;
import dev.hmspec.data.ValueMessages;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.engine.Engines;
import dev.hmspec.plan.Plan;
import dev.hmspec.format.NumberFormat;
import dev.hmspec.format.TimeFormat;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import dev.hmspec.transform.Pipeline;
import dev.hmspec.transform.Steps;
import dev.hmspec.transform.Trace;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Stage "bind": {@code View ──plan──▶ engine ──▶ Table ──▶ BoundView}. Hands the view's data
 * and transforms to the engines as one {@link Plan} (DuckDB or a database runs what it can, memory
 * the rest), then checks every encoded field against the resulting
 * columns (did-you-mean over the real column names) and every format against its field's type.
 */
public final class Binder {
    private Binder() {}

    public static Optional<BoundView> bind(SourceFile f, View view, CompileOptions options, List<Diagnostic> out) {
        Optional<Statement.Data> data = view.last(Statement.Data.class);
        if (data.isEmpty()) return Optional.empty();
        Path root = options.allowAnyDataPath() ? null : options.dataRoot().orElse(f.directory());
        String dataName = Plan.nameOf(data.get().source());
        Plan plan = new Plan(data.get(), view.transforms(), f.directory(), root, dataName);
        options.trace().add(new Trace.Entry("view", view.name().orElse(dataName), Steps.names(view.transforms()), "", List.of(), 0));
        Pipeline.Run run = Pipeline.runTracked(plan, Engines.forChoice(options.engine()), options.trace());
        Result<Table> transformed = run.result();
        report(f, transformed.problems(), out);
        Table table = transformed.value();
        if (table == null) {
            // A source that failed has no columns to follow; a failed step leaves the names its inputs had.
            if (!run.columnsBefore().isEmpty()) checkFieldsAfterFailure(f, view, run.columnsBefore(), run.stepsLeft(), dataName, out);
            return Optional.empty();
        }
        Map<Channel, Statement.Encoding> encodings = new EnumMap<>(Channel.class);
        boolean ok = true;
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            encodings.put(e.channel(), e);
            for (Statement.ChannelField cf : e.fields()) {
                Optional<Column> column = table.find(cf.field().text());
                if (column.isEmpty()) {
                    out.add(Messages.unknownField(f, cf.field().span(), cf.field().text(), dataName, table.columnNames()));
                    ok = false;
                    continue;
                }
                cf.format().ifPresent(spec -> checkFormat(f, cf.span(), spec, column.get().type(), out));
                if (e.fields().size() == 1) {
                    e.option(EncodingOption.Format.class).ifPresent(fo -> checkFormat(f, fo.span(), fo.specifier(), column.get().type(), out));
                }
                if (e.channel() == Channel.COLOR && table.rowCount() > 0 && allMissing(column.get())) {
                    out.add(Messages.fromData(f, ValueMessages.noNumbers(dataName, cf.field().text(), table.rowCount(), cf.field().span())));
                }
                var impute = e.channel() == Channel.COLOR ? e.option(EncodingOption.Impute.class) : Optional.<EncodingOption.Impute>empty();
                if (impute.isPresent() && column.get().type() != FieldType.NUMBER) {
                    out.add(dev.hmspec.check.SortMessages.imputeNeedsNumbers(f, impute.get().span(), cf.field().text(), column.get().type().label()));
                    ok = false;
                }
                if (e.channel() == Channel.COLOR && !allMissing(column.get()) && !colorTypeOk(f, e, cf, column.get().type(), out)) {
                    ok = false;
                } else if (e.channel() == Channel.COLOR && !logDomainOk(e, column.get())) {
                    out.add(Messages.logDataNotPositive(f, cf.field().span(), cf.field().text(), extent(column.get())[0]));
                    ok = false;
                }
            }
            e.option(EncodingOption.Sort.class).ifPresent(s -> {
                if (s.order() instanceof EncodingOption.ByField by && table.find(by.field().text()).isEmpty()) {
                    out.add(Messages.unknownField(f, by.field().span(), by.field().text(), dataName, table.columnNames()));
                }
            });
        }
        ok &= DecorationBinding.check(f, view, table, dataName, out);
        return ok ? Optional.of(new BoundView(view, table, encodings)) : Optional.empty();
    }

    /**
     * A transform failed, so there is no table; the encodings after it are still checked against
     * the field names the transforms would leave (a failed step's outputs count as defined).
     */
    private static void checkFieldsAfterFailure(SourceFile f, View view, List<String> input, List<dev.hmspec.ast.Transform> steps,
                                                String dataName, List<Diagnostic> out) {
        Optional<List<String>> names = FieldFlow.after(input, steps);
        if (names.isEmpty()) return;
        for (Statement.Encoding e : view.all(Statement.Encoding.class)) {
            for (Statement.ChannelField cf : e.fields()) {
                if (!names.get().contains(cf.field().text())) {
                    out.add(Messages.unknownField(f, cf.field().span(), cf.field().text(), dataName, names.get()));
                }
            }
            e.option(EncodingOption.Sort.class).ifPresent(s -> {
                if (s.order() instanceof EncodingOption.ByField by && !names.get().contains(by.field().text())) {
                    out.add(Messages.unknownField(f, by.field().span(), by.field().text(), dataName, names.get()));
                }
            });
        }
    }

    /**
     * The color scale fits the field: time needs a temporal field, the numeric scales need
     * numbers; ordinal takes anything. Without a scale the field's type picks one (number →
     * linear, temporal → time, text → ordinal), so only explicit scales can mismatch.
     */
    private static boolean colorTypeOk(SourceFile f, Statement.Encoding color, Statement.ChannelField cf, FieldType type,
                                       List<Diagnostic> out) {
        Optional<String> scale = color.option(EncodingOption.Scale.class).map(s -> s.type().text());
        if (scale.isEmpty() || scale.get().equals("ordinal")) return true;
        String name = cf.field().text();
        if (scale.get().equals("time")) {
            if (type == FieldType.TEMPORAL) return true;
            out.add(Messages.scaleNeedsFieldType(f, cf.field().span(), "time", name, type.label(), "a temporal field"));
            return false;
        }
        if (type == FieldType.NUMBER) return true;
        if (type == FieldType.TEMPORAL) out.add(Messages.scaleNeedsFieldType(f, cf.field().span(), scale.get(), name, type.label(), "numbers"));
        else out.add(Messages.colorNeedsNumbers(f, cf.field().span(), name, type.label()));
        return false;
    }

    /** A column with no value at all has no type to contradict a scale (every cell shows no-data). */
    private static boolean allMissing(Column c) {
        for (int r = 0; r < c.size(); r++) if (c.get(r) != null) return false;
        return true;
    }

    /** A log color scale without an explicit domain needs data that is all positive or all negative. */
    private static boolean logDomainOk(Statement.Encoding color, Column column) {
        boolean log = color.option(EncodingOption.Scale.class).map(s -> s.type().text().equals("log")).orElse(false);
        if (!log || color.option(EncodingOption.Domain.class).isPresent()) return true;
        double[] e = extent(column);
        return Double.isNaN(e[0]) || dev.hmspec.scale.LogScale.validDomain(e[0], e[1]);
    }

    /** [min, max] of the column's numbers, NaN when it has none. */
    private static double[] extent(Column c) {
        double lo = Double.NaN, hi = Double.NaN;
        for (int r = 0; r < c.size(); r++) {
            if (c.get(r) instanceof Double d) {
                if (!(d >= lo)) lo = d;
                if (!(d <= hi)) hi = d;
            }
        }
        return new double[] {lo, hi};
    }

    private static void checkFormat(SourceFile f, Span span, String spec, FieldType type, List<Diagnostic> out) {
        try {
            if (type == FieldType.TEMPORAL) TimeFormat.compile(spec); else NumberFormat.compile(spec);
        } catch (IllegalArgumentException e) {
            out.add(Messages.badFormat(f, span, spec, e.getMessage()));
        }
    }

    private static void report(SourceFile f, List<Problem> problems, List<Diagnostic> out) {
        for (Problem p : problems) out.add(Messages.fromData(f, p));
    }
}
