package dev.hmspec.render.svg;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A tiny streaming XML writer: elements, attributes and text, always escaped. It exists so
 * that no renderer ever concatenates scene strings into markup by hand.
 */
public final class SvgWriter {
    private final StringBuilder out;
    private final Deque<String> open = new ArrayDeque<>();
    private boolean inStartTag;

    public SvgWriter(StringBuilder out) { this.out = out; }

    public SvgWriter start(String name) {
        closeStartTag();
        out.append('<').append(name);
        open.push(name);
        inStartTag = true;
        return this;
    }

    public SvgWriter attr(String name, String value) {
        if (!inStartTag) throw new IllegalStateException("attribute " + name + " outside a start tag");
        out.append(' ').append(name).append("=\"").append(Xml.attr(value)).append('"');
        return this;
    }

    public SvgWriter attr(String name, double value) { return attr(name, Num.format(value)); }

    public SvgWriter attr(String name, long value) { return attr(name, Long.toString(value)); }

    /** Escaped character data. */
    public SvgWriter text(String s) {
        closeStartTag();
        out.append(Xml.text(s));
        return this;
    }

    /** Markup the caller built and escaped itself (a nested document, a data URI). */
    public SvgWriter raw(CharSequence s) {
        closeStartTag();
        out.append(s);
        return this;
    }

    /** Closes the innermost element, as {@code />} when it has no content. */
    public SvgWriter end() {
        String name = open.pop();
        if (inStartTag) {
            out.append("/>");
            inStartTag = false;
        } else {
            out.append("</").append(name).append('>');
        }
        return this;
    }

    /** A start tag with only the given text inside, e.g. {@code <title>…</title>}. */
    public SvgWriter element(String name, String text) { return start(name).text(text).end(); }

    public SvgWriter newline() {
        closeStartTag();
        out.append('\n');
        return this;
    }

    public int depth() { return open.size(); }

    private void closeStartTag() {
        if (inStartTag) {
            out.append('>');
            inStartTag = false;
        }
    }
}
