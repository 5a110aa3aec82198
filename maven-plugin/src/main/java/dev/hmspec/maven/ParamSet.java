package dev.hmspec.maven;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One parameter set of the render goal: the specs that declare its parameters are rendered once
 * more with these values, their outputs named {@code <spec>-<name>} (make once, use many).
 * <pre>{@code <paramSet><name>y2020</name><params><year>2020</year></params></paramSet>}</pre>
 */
public class ParamSet {
    /** Appended to the spec's output names: letters, digits, '-', '_' and '.'. */
    public String name;
    /** Parameter values, name → value as on the command line. */
    public Map<String, String> params = new LinkedHashMap<>();
}
