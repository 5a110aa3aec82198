package dev.hmspec.ast;

import java.util.Locale;

public enum Channel {
    X, Y, COLOR, TEXT, TOOLTIP;

    public String keyword() { return name().toLowerCase(Locale.ROOT); }
}
