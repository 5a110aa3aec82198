package dev.hmspec.render;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Parses rendered SVG back with Batik, the strictest reader we ship. */
public final class SvgDom {
    private SvgDom() {}

    public static Document parse(String svg) {
        SAXSVGDocumentFactory f = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        try {
            return f.createDocument("file:///hmspec/test.svg", new StringReader(svg));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static List<Element> elements(Document d, String name) {
        NodeList l = d.getElementsByTagNameNS("*", name);
        List<Element> out = new ArrayList<>();
        for (int i = 0; i < l.getLength(); i++) out.add((Element) l.item(i));
        return out;
    }
}
