package dev.hmspec.scene;

import java.util.List;

/**
 * A page control bound to a parameter ({@code param min = 5 bind range 0, 10, 1}): the page
 * draws it above the chart and applies its effect in the browser. {@code effect} is
 * {@code "filter"}: keep the cells of view {@code viewId} whose value satisfies
 * {@code value op param} ({@code op} one of {@code < <= > >= == !=}). {@code args} are the
 * control's literal arguments (range: min, max, step; select: the choices).
 */
public record Control(String param, String kind, Object value, List<Object> args, String viewId, String effect,
                      String op) {
    public Control { args = List.copyOf(args); }
}
