package dev.hmspec.data;

/**
 * The text forms type inference recognises, as regular expressions (RE2- and java.util.regex-
 * compatible, no back-references), so that an engine which types CSV cells in SQL applies the
 * same rules as {@link ColumnTyper}. TypeGrammarTest holds each pattern to the Java parser it
 * mirrors ({@link Numbers#parse}, {@link Temporals#parseAuto}) on generated strings.
 */
public final class TypeGrammar {
    private TypeGrammar() {}

    /** Cells that mean "no value" (ColumnTyper.isNullToken); an engine may also see SQL NULL. */
    public static final String[] NULL_TOKENS = {"", "NA", "null", "NaN"};

    /** What {@link Numbers#parse} accepts: a decimal with optional sign and exponent, spaces around. */
    public static final String NUMBER = "^ *[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)? *$";

    private static final String DATE = "[0-9]{4}(-[0-9]{2}-[0-9]{2}|/[0-9]{2}/[0-9]{2})";
    private static final String TIME = "[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?";

    /** The shape of {@link Temporals#parseAuto} input without a zone offset (range checks aside). */
    public static final String TEMPORAL = "^" + DATE + "(" + TIME + ")?$";

    /** The same with a zone offset or Z, which parseAuto also accepts. */
    public static final String TEMPORAL_WITH_OFFSET = "^" + DATE + TIME + "(Z|[+-][0-9]{2}(:?[0-9]{2})?)$";

    /** Cells that infer as booleans. */
    public static final String[] BOOLEANS = {"true", "false"};
}
