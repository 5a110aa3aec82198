package dev.hmspec.data;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * A value or all the problems that prevented it (cel-java's "value or all issues"). The value
 * is null exactly when the problems hold an error; warnings may accompany a value.
 */
public record Result<T>(T value, List<Problem> problems) {
    public Result {
        problems = List.copyOf(problems);
        if (value == null && problems.stream().noneMatch(Problem::isError)) {
            throw new IllegalArgumentException("a failed result needs at least one error");
        }
    }

    public static <T> Result<T> ok(T value) { return new Result<>(value, List.of()); }

    public static <T> Result<T> of(T value, List<Problem> problems) { return new Result<>(value, problems); }

    public static <T> Result<T> failed(List<Problem> problems) { return new Result<>(null, problems); }

    public static <T> Result<T> failed(Problem problem) { return new Result<>(null, List.of(problem)); }

    public boolean ok() { return value != null; }

    public boolean hasErrors() { return problems.stream().anyMatch(Problem::isError); }

    public List<Problem> errors() { return problems.stream().filter(Problem::isError).toList(); }

    public List<Problem> warnings() { return problems.stream().filter(Problem::warning).toList(); }

    /** Applies {@code next} to the value, keeping this result's problems first. */
    public <U> Result<U> then(Function<T, Result<U>> next) {
        if (value == null) return failed(problems);
        Result<U> r = next.apply(value);
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(r.problems());
        return new Result<>(r.value(), all);
    }
}
