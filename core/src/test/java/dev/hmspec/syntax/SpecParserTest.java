package dev.hmspec.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.hmspec.ast.DataSource;
import dev.hmspec.ast.EncodingOption;
import dev.hmspec.ast.Expr;
import dev.hmspec.ast.Statement;
import dev.hmspec.ast.Transform;
import dev.hmspec.ast.View;
import dev.hmspec.source.SourceFile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SpecParserTest {
    static View parseOne(String body) {
        Parsed p = SpecParser.parse(SourceFile.of("t.hmspec", "heatmap \"t\" {\n" + body + "\n}\n"));
        assertTrue(p.diagnostics().isEmpty(), () -> p.diagnostics().toString());
        return p.ast().views().get(0);
    }

    @Test
    void parseGivesMultiplicationPrecedenceOverAdditionAndAndOverOr() {
        Transform.Filter f = parseOne("filter a + b * 2 > 3 or c and not d").all(Transform.Filter.class).get(0);
        Expr.Binary or = (Expr.Binary) f.condition();
        assertEquals(Expr.BinaryOp.OR, or.op());
        Expr.Binary gt = (Expr.Binary) or.left();
        assertEquals(Expr.BinaryOp.GT, gt.op());
        Expr.Binary plus = (Expr.Binary) gt.left();
        assertEquals(Expr.BinaryOp.ADD, plus.op());
        assertEquals(Expr.BinaryOp.MUL, ((Expr.Binary) plus.right()).op());
        Expr.Binary and = (Expr.Binary) or.right();
        assertEquals(Expr.BinaryOp.AND, and.op());
        assertEquals(Expr.UnaryOp.NOT, ((Expr.Unary) and.right()).op());
    }

    @Test
    void parseAcceptsKeywordsAsFieldNamesAndBacktickedNamesWithPunctuation() {
        View v = parseOne("aggregate count() as count by year, `Beak Length (mm)`\nx year\ny `a``b`\ncolor count");
        Transform.Aggregate a = v.all(Transform.Aggregate.class).get(0);
        assertEquals("count", a.ops().get(0).as().text());
        assertEquals(List.of("year", "Beak Length (mm)"), a.groupBy().stream().map(n -> n.text()).toList());
        Statement.Encoding y = v.all(Statement.Encoding.class).get(1);
        assertEquals("a`b", y.field().field().text());
    }

    @Test
    void parseReadsInlineJsonValuesAsPlainJavaValues() {
        View v = parseOne("data values [{\"a\": 1, b: \"x\", \"c\": null, \"d\": true}, [1, -2.5]]");
        DataSource.Inline inline = (DataSource.Inline) v.all(Statement.Data.class).get(0).source();
        List<?> list = (List<?>) inline.value();
        Map<?, ?> first = (Map<?, ?>) list.get(0);
        assertEquals(1.0, first.get("a"));
        assertEquals("x", first.get("b"));
        assertTrue(first.containsKey("c") && first.get("c") == null);
        assertEquals(true, first.get("d"));
        assertEquals(List.of(1.0, -2.5), list.get(1));
    }

    @Test
    void parseTellsAnInteractionAxisFromTheNextStatement() {
        View v = parseOne("interact tooltip, zoom x\nx hour\ny day\ncolor n");
        Statement.Interact i = v.all(Statement.Interact.class).get(0);
        assertEquals("x", i.interactions().get(1).argument().orElseThrow().text());
        assertEquals(3, v.all(Statement.Encoding.class).size());
    }

    @Test
    void parseReadsDomainsWithoutSpacesAroundTheDots() {
        EncodingOption.Domain d = parseOne("color r { domain -1..1 }").all(Statement.Encoding.class).get(0)
                .option(EncodingOption.Domain.class).orElseThrow();
        assertEquals(-1, d.min());
        assertEquals(1, d.max());
    }

    @Test
    void parseKeepsSeveralViewsOfOneFile() {
        Parsed p = SpecParser.parse(SourceFile.of("t.hmspec", "heatmap \"a\" { x a }\nheatmap \"b\" { y b }"));
        assertEquals(List.of("a", "b"), p.ast().views().stream().map(v -> v.name().orElseThrow()).toList());
    }
}
