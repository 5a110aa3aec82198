package dev.hmspec.syntax;

import dev.hmspec.diag.Diagnostic;
import dev.hmspec.diag.Numbers;
import dev.hmspec.params.ParamMessages;
import dev.hmspec.params.ParamUse;
import dev.hmspec.source.SourceFile;
import dev.hmspec.source.Span;
import dev.hmspec.syntax.antlr.HmspecLexer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Token;

/**
 * Parameters are resolved on the token stream, before parsing: {@code param year = 2024}
 * declares, {@code --param year=2020} overrides, and every {@code $year} token becomes the
 * value's own literal token (a NUMBER, STRING, TRUE or FALSE; a name after {@code scheme}), with
 * its source position kept, so every statement that takes a literal takes a parameter and every
 * later diagnostic still points at {@code $year}. {@code {$year}} inside a string is replaced by the
 * value's text ({@code title "Delays in {$year}"}).
 */
final class ParamTokens {
    private ParamTokens() {}

    private static final Pattern IN_STRING = Pattern.compile("\\{\\$([A-Za-z_][A-Za-z0-9_]*)}");

    private record Decl(String name, CommonToken minus, CommonToken value) {}

    static void substitute(SourceFile file, List<Token> all, Map<String, String> overrides,
                           List<ParamUse> uses, List<Diagnostic> out) {
        List<CommonToken> t = new ArrayList<>();
        for (Token x : all) if (x.getChannel() == Token.DEFAULT_CHANNEL && x instanceof CommonToken c) t.add(c);
        Map<String, Decl> decls = declarations(file, t, out);
        for (Map.Entry<String, String> o : overrides.entrySet()) {
            Decl d = decls.get(o.getKey());
            if (d == null) out.add(ParamMessages.unknownOverride(file, o.getKey(), decls.keySet()));
            else override(file, d, o.getValue(), out);
        }
        for (int i = 0; i < t.size(); i++) {
            CommonToken tok = t.get(i);
            if (tok.getType() == HmspecLexer.PARAM_REF) {
                String name = tok.getText().substring(1);
                Span span = AstBuilder.span(tok);
                Decl d = decls.get(name);
                uses.add(new ParamUse(name, span, false, d != null));
                if (d == null) {
                    out.add(ParamMessages.unknownParam(file, span, name, decls.keySet()));
                    tok.setType(HmspecLexer.NULL);
                    tok.setText("null");
                } else {
                    boolean nameSlot = i > 0 && t.get(i - 1).getType() == HmspecLexer.SCHEME;
                    copyValue(d, tok, nameSlot);
                }
            } else if (tok.getType() == HmspecLexer.STRING && tok.getText().contains("{$")) {
                interpolate(file, tok, decls, uses, out);
            }
        }
    }

    private static Map<String, Decl> declarations(SourceFile file, List<CommonToken> t, List<Diagnostic> out) {
        Map<String, Decl> decls = new LinkedHashMap<>();
        for (int i = 0; i + 3 < t.size(); i++) {
            if (t.get(i).getType() != HmspecLexer.PARAM || t.get(i + 2).getType() != HmspecLexer.EQ) continue;
            String name = t.get(i + 1).getText();
            CommonToken minus = t.get(i + 3).getType() == HmspecLexer.MINUS ? t.get(i + 3) : null;
            CommonToken value = t.get(i + (minus == null ? 3 : 4));
            int type = value.getType();
            if (type != HmspecLexer.NUMBER && type != HmspecLexer.STRING && type != HmspecLexer.TRUE && type != HmspecLexer.FALSE) {
                if (type == HmspecLexer.NULL) out.add(ParamMessages.nullValue(file, AstBuilder.span(value), name));
                continue; // the parser reports anything else
            }
            if (decls.containsKey(name)) out.add(ParamMessages.duplicate(file, AstBuilder.span(t.get(i + 1)), name));
            else decls.put(name, new Decl(name, minus, value));
        }
        return decls;
    }

    private static void override(SourceFile file, Decl d, String raw, List<Diagnostic> out) {
        CommonToken v = d.value();
        String text = raw.trim();
        if (v.getType() == HmspecLexer.NUMBER) {
            double x;
            try {
                x = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                x = Double.NaN;
            }
            if (!Double.isFinite(x) || text.endsWith("d") || text.endsWith("f") || text.endsWith("D") || text.endsWith("F")) {
                out.add(ParamMessages.badOverride(file, AstBuilder.span(v), d.name(), raw, "number"));
                return;
            }
            if (d.minus() != null) d.minus().setChannel(Token.HIDDEN_CHANNEL);
            v.setText(Numbers.plain(x));
        } else if (v.getType() == HmspecLexer.STRING) {
            v.setText(quote(raw));
        } else {
            if (!text.equals("true") && !text.equals("false")) {
                out.add(ParamMessages.badOverride(file, AstBuilder.span(v), d.name(), raw, "boolean"));
                return;
            }
            v.setType(text.equals("true") ? HmspecLexer.TRUE : HmspecLexer.FALSE);
            v.setText(text);
        }
    }

    private static void copyValue(Decl d, CommonToken into, boolean nameSlot) {
        CommonToken v = d.value();
        if (v.getType() == HmspecLexer.NUMBER) {
            String n = v.getText();
            into.setType(HmspecLexer.NUMBER);
            into.setText(d.minus() != null && d.minus().getChannel() == Token.DEFAULT_CHANNEL ? "-" + n : n);
        } else if (v.getType() == HmspecLexer.STRING && nameSlot) {
            into.setType(HmspecLexer.IDENT);
            into.setText(Literals.string(v.getText()));
        } else {
            into.setType(v.getType());
            into.setText(v.getText());
        }
    }

    /** The value as a reader sees it in a title: numbers without a trailing ".0", strings unquoted. */
    private static String display(Decl d) {
        CommonToken v = d.value();
        if (v.getType() == HmspecLexer.STRING) return Literals.string(v.getText());
        String n = v.getText();
        return d.minus() != null && d.minus().getChannel() == Token.DEFAULT_CHANNEL ? "-" + n : n;
    }

    private static void interpolate(SourceFile file, CommonToken tok, Map<String, Decl> decls, List<ParamUse> uses,
                                    List<Diagnostic> out) {
        String text = tok.getText();
        Matcher m = IN_STRING.matcher(text);
        StringBuilder b = new StringBuilder();
        int last = 0;
        while (m.find()) {
            String name = m.group(1);
            Span span = new Span(tok.getStartIndex() + m.start(), tok.getStartIndex() + m.end());
            Decl d = decls.get(name);
            uses.add(new ParamUse(name, span, true, d != null));
            b.append(text, last, m.start());
            if (d == null) {
                out.add(ParamMessages.unknownParam(file, span, name, decls.keySet()));
                b.append(m.group());
            } else {
                String q = quote(display(d));
                b.append(q, 1, q.length() - 1);
            }
            last = m.end();
        }
        tok.setText(b.append(text.substring(last)).toString());
    }

    /** A string literal's source text for {@code s}. */
    static String quote(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') b.append('\\').append(c);
            else if (c == '\n') b.append("\\n");
            else if (c == '\r' || c == '\t') b.append(' ');
            else b.append(c);
        }
        return b.append('"').toString();
    }
}
