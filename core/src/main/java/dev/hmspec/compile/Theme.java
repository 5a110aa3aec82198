package dev.hmspec.compile;

/** Fonts, colors and spacing of the default look, in one place. */
final class Theme {
    private Theme() {}

    static final double PAD = 12;
    static final double TITLE_SIZE = 16;
    static final double SUBTITLE_SIZE = 12;
    static final double LABEL_SIZE = 11;
    static final double AXIS_TITLE_SIZE = 12;
    static final double NOTE_SIZE = 10;
    static final double TICK = 4;
    static final double TICK_GAP = 3;
    static final double LEGEND_GAP = 18;
    static final double RAMP_WIDTH = 14;
    static final double RAMP_MAX_HEIGHT = 240;
    static final double RAMP_MIN_HEIGHT = 100;
    static final double VIEW_GAP = 24;

    static final int TEXT = 0xFF222222;
    static final int MUTED = 0xFF555555;
    static final int RULE = 0xFF888888;
    static final int BACKGROUND = 0xFFFFFFFF;
}
