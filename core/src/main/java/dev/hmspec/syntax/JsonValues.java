package dev.hmspec.syntax;

import dev.hmspec.syntax.antlr.HmspecParser.*;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Inline {@code data values [...]} subtrees → plain Java values (List, Map, Double, String, Boolean, null). */
final class JsonValues {
    private JsonValues() {}

    static Object value(JsonValueContext v) {
        if (v.jsonObject() != null) {
            Map<String, Object> map = new LinkedHashMap<>();
            for (JsonMemberContext m : v.jsonObject().jsonMember()) {
                String key = m.STRING() != null ? Literals.string(m.STRING().getText()) : m.name().getText();
                map.put(key, value(m.jsonValue()));
            }
            return map;
        }
        if (v.jsonArray() != null) {
            List<Object> list = new ArrayList<>();
            for (JsonValueContext e : v.jsonArray().jsonValue()) list.add(value(e));
            return list;
        }
        if (v.STRING() != null) return Literals.string(v.STRING().getText());
        if (v.signedNumber() != null) return AstBuilder.signedNumber(v.signedNumber());
        if (v.TRUE() != null) return Boolean.TRUE;
        if (v.FALSE() != null) return Boolean.FALSE;
        return null;
    }
}
