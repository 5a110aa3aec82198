package dev.hmspec.browser;

import com.deque.html.axecore.results.CheckedNode;
import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import org.openqa.selenium.WebDriver;

/** Deque's axe-core audit of the open page, its violations as readable lines (empty when it passes). */
public final class Axe {
    private Axe() {}

    public static List<String> violations(WebDriver driver) {
        Results r = new AxeBuilder().analyze(driver);
        if (r.isErrored()) throw new AssertionError("axe-core failed: " + r.getErrorMessage());
        List<String> out = new ArrayList<>();
        for (Rule rule : r.getViolations()) {
            for (CheckedNode n : rule.getNodes())
                out.add(rule.getId() + " (" + rule.getImpact() + "): " + n.getHtml() + " — " + n.getFailureSummary());
        }
        return out;
    }
}
