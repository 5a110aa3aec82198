package dev.hmspec.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BorderTest {
    /** A center that takes whatever room it is offered, or 100 × 50 when unbounded. */
    static final Center FILL = new Center() {
        @Override public double width(double available) { return Double.isNaN(available) ? 100 : available; }
        @Override public double height(double available) { return Double.isNaN(available) ? 50 : available; }
    };

    static Bounds placed(Layout root, Constraint c, Placement out) {
        Size s = root.measure(c);
        Bounds b = new Bounds(0, 0, s.width(), s.height());
        root.place(b, c, out);
        return b;
    }

    @Test
    void aCenterOfAFixedSizeChartGetsWhatTheSidesAndPaddingLeave() {
        Track left = Track.gap(30), right = Track.gap(20), bottom = Track.gap(10);
        Border border = new Border(FILL, Map.of(Side.LEFT, List.of(left), Side.RIGHT, List.of(right), Side.BOTTOM, List.of(bottom)),
                new Insets(0, 5, 5, 5));
        Placement p = new Placement();
        Bounds all = placed(border, new Constraint(200, 100), p);
        assertEquals(new Bounds(35, 0, 140, 85), p.of(FILL));
        assertEquals(new Bounds(5, 0, 30, 85), p.of(left));
        assertEquals(new Bounds(175, 0, 20, 85), p.of(right));
        assertEquals(new Bounds(35, 85, 140, 10), p.of(bottom));
        assertEquals(new Bounds(0, 0, 200, 100), all);
    }

    @Test
    void tracksOnOneSideStackOutwardsFromTheCenterInTheOrderGiven() {
        Track inner = Track.gap(12), outer = Track.gap(7), top1 = Track.gap(3), top2 = Track.gap(4);
        Border border = new Border(FILL, Map.of(Side.BOTTOM, List.of(inner, outer), Side.TOP, List.of(top1, top2)), Insets.NONE);
        Placement p = new Placement();
        Bounds all = placed(border, Constraint.NONE, p);
        assertEquals(new Bounds(0, 7, 100, 50), p.of(FILL));
        assertEquals(57, p.of(inner).y());
        assertEquals(69, p.of(outer).y());
        assertEquals(4, p.of(top1).y());
        assertEquals(0, p.of(top2).y());
        assertEquals(7 + 50 + 19, all.height());
    }

    @Test
    void aBottomTrackThatThickensOnANarrowCenterTakesItsHeightFromTheCenter() {
        // Like rotated x labels: below 120 px of plot width the labels need 40 px, else 10.
        Track labels = length -> length < 120 ? 40 : 10;
        Border wide = new Border(FILL, Map.of(Side.BOTTOM, List.of(labels)), Insets.NONE);
        Border narrow = new Border(FILL, Map.of(Side.BOTTOM, List.of(labels), Side.LEFT, List.of(Track.gap(100))), Insets.NONE);
        Placement p = new Placement(), q = new Placement();
        placed(wide, new Constraint(200, 100), p);
        placed(narrow, new Constraint(200, 100), q);
        assertEquals(90, p.of(FILL).height());
        assertEquals(60, q.of(FILL).height());
        assertEquals(100, q.of(FILL).width());
    }

    @Test
    void aSideTrackThatDependsOnTheCenterHeightIsMeasuredWithTheSettledHeight() {
        // Like a y axis whose labels are wider when fewer are thinned: thickness = height / 10.
        Track yLabels = length -> length / 10;
        Track bottom = Track.gap(20);
        Border border = new Border(FILL, Map.of(Side.LEFT, List.of(yLabels), Side.BOTTOM, List.of(bottom)), Insets.NONE);
        Placement p = new Placement();
        placed(border, new Constraint(300, 100), p);
        assertEquals(80, p.of(FILL).height());
        assertEquals(8, p.of(yLabels).width());
        assertEquals(292, p.of(FILL).width());
    }

    @Test
    void aTrackLongerThanTheCenterGrowsTheBorderAlongItsSide() {
        Track tallLegend = new Track() {
            @Override public double thickness(double length) { return 30; }
            @Override public double length(double centerLength) { return 300; }
        };
        Border border = new Border(FILL, Map.of(Side.RIGHT, List.of(tallLegend), Side.BOTTOM, List.of(Track.gap(10))),
                new Insets(0, 0, 12, 0));
        Placement p = new Placement();
        Bounds all = placed(border, Constraint.NONE, p);
        assertEquals(312, all.height());
        assertEquals(130, all.width());
        assertEquals(new Bounds(100, 0, 30, 300), p.of(tallLegend));
    }
}
