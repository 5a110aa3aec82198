package dev.hmspec.check;

import dev.hmspec.ast.Statement;
import dev.hmspec.ast.View;
import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Messages;
import dev.hmspec.source.SourceFile;
import java.util.List;
import java.util.Set;

/** Interaction names and their axis arguments. The browser runtime implements them. */
public final class InteractionRules {
    /** Every interaction the language knows, in documentation order. */
    public static final List<String> NAMES = List.of("tooltip", "zoom", "pan", "crosshair", "brush", "keyboard", "legend", "export");
    private static final Set<String> TAKES_AXIS = Set.of("zoom", "pan", "brush");

    private InteractionRules() {}

    static void check(SourceFile f, View view, List<Diagnostic> out) {
        for (Statement.Interact stmt : view.all(Statement.Interact.class)) {
            for (Statement.Interaction i : stmt.interactions()) {
                String name = i.name().text();
                if (!NAMES.contains(name)) {
                    out.add(Messages.unknownInteraction(f, i.name().span(), name, NAMES));
                    continue;
                }
                i.argument().ifPresent(arg -> {
                    boolean takesAxis = TAKES_AXIS.contains(name);
                    if (!takesAxis || !List.of("x", "y", "xy").contains(arg.text())) {
                        out.add(Messages.badInteractionAxis(f, arg.span(), name, arg.text(), takesAxis));
                    }
                });
            }
        }
    }
}
