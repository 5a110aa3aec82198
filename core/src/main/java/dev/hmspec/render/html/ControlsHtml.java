package dev.hmspec.render.html;

import dev.hmspec.diag.Numbers;
import dev.hmspec.render.svg.Xml;
import dev.hmspec.scene.Control;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The page controls of bound parameters, as plain HTML form elements written with the page
 * (so they show, with their values, before any script runs); {@code runtime/params.js} wires
 * them through their {@code data-hm-param} attribute. One control per parameter, even when it
 * filters several views. Every name and value is escaped.
 */
final class ControlsHtml {
    private ControlsHtml() {}

    static String form(List<Control> controls) {
        if (controls.isEmpty()) return "";
        StringBuilder b = new StringBuilder("<form class=\"hm-controls\" data-hm-controls>\n");
        Set<String> seen = new LinkedHashSet<>();
        for (Control c : controls) {
            if (!seen.add(c.param())) continue;
            String name = Xml.attr(c.param());
            b.append("<label class=\"hm-control\"><span>").append(Xml.text(c.param())).append("</span> ");
            switch (c.kind()) {
                case "range":
                    b.append("<input type=\"range\" data-hm-param=\"").append(name).append("\" min=\"").append(num(c.args().get(0)))
                            .append("\" max=\"").append(num(c.args().get(1))).append("\" step=\"")
                            .append(c.args().size() > 2 ? num(c.args().get(2)) : "any").append("\" value=\"").append(num(c.value()))
                            .append("\"><output>").append(num(c.value())).append("</output>");
                    break;
                case "select":
                    b.append("<select data-hm-param=\"").append(name).append("\">");
                    for (Object o : c.args()) {
                        String v = Xml.attr(text(o));
                        b.append("<option value=\"").append(v).append('"').append(o.equals(c.value()) ? " selected" : "").append('>')
                                .append(Xml.text(text(o))).append("</option>");
                    }
                    b.append("</select>");
                    break;
                case "checkbox":
                    b.append("<input type=\"checkbox\" data-hm-param=\"").append(name).append('"')
                            .append(Boolean.TRUE.equals(c.value()) ? " checked" : "").append('>');
                    break;
                default:
                    b.append("<input type=\"text\" data-hm-param=\"").append(name).append("\" value=\"")
                            .append(Xml.attr(text(c.value()))).append("\">");
            }
            b.append("</label>\n");
        }
        return b.append("</form>\n").toString();
    }

    private static String num(Object o) { return o instanceof Double d ? Numbers.plain(d) : Xml.attr(String.valueOf(o)); }

    private static String text(Object o) { return o instanceof Double d ? Numbers.plain(d) : String.valueOf(o); }
}
