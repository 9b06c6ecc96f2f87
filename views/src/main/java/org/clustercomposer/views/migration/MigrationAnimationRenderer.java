package org.clustercomposer.views.migration;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import javafx.scene.paint.Color;

import org.clustercomposer.analysis.migration.MigrationCost;
import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.Painter;
import org.clustercomposer.views.canvas.Rect;
import org.clustercomposer.views.migration.MigrationFrame.Where;

/**
 * Draws one frame of a migration's animation in logical pixels: the title and the engine's numbers on top, the
 * memory grid, the bytes of every round on the right (the current one marked), the legend, and the caption of what
 * happens now. Sizes are for reading from the back of a room; the PNG export draws the same at 2x.
 */
public final class MigrationAnimationRenderer {

    static final double MARGIN = 24;
    static final double SIDE = 380;
    private static final double TITLE = 26;
    private static final double TEXT = 18;
    private static final double SMALL = 15;
    private static final int MAX_ROWS = 14;

    private MigrationAnimationRenderer() {
    }

    public static void draw(Painter p, MigrationScript script, int frameIndex, double w, double h, CanvasTheme theme) {
        MigrationFrame f = script.frames().get(frameIndex);
        WatchedMove m = script.move();
        MigrationCost c = m.cost();
        p.fillRoundRect(new Rect(0, 0, w, h), 0, theme.background());
        double y = MARGIN + TITLE;
        p.text(Painter.fit(capital(m.kind().label()) + ": " + m.subject() + ", " + m.from() + " → " + m.to(),
                w - 2 * MARGIN, TITLE, true), MARGIN, y, TITLE, true, theme.text(), Painter.Align.LEFT);
        y += 32;
        String numbers = c.rounds() + (c.rounds() == 1 ? " round" : " rounds") + " · downtime "
                + MigrationScript.duration(c.downtimeSeconds()) + " · total " + MigrationScript.duration(c.totalSeconds())
                + " · " + MigrationScript.size(c.bytesSent()) + " sent" + (c.converged() ? "" : " · not converged");
        p.text(Painter.fit(numbers, w - 2 * MARGIN, TEXT + 2, true), MARGIN, y, TEXT + 2, true, theme.selection(),
                Painter.Align.LEFT);
        y += 22;
        p.text(Painter.fit("the analytical engine's numbers (" + m.modelName() + ", as cluster-composer migration-cost)",
                w - 2 * MARGIN, SMALL, false), MARGIN, y, SMALL, false, theme.mutedText(), Painter.Align.LEFT);
        y += 14;
        // Where the guest runs, and the SSI domain's state.
        boolean stopped = f.where() == Where.PAUSED || f.where() == Where.FROZEN;
        String badge = (f.where() == Where.SOURCE ? "RUNNING ON " + m.from() : f.where() == Where.DESTINATION
                ? "RUNNING ON " + m.to() : f.where() == Where.PAUSED ? "PAUSED" : "FROZEN").toUpperCase(Locale.ROOT);
        double bw = Math.min(w / 2, Painter.approximateWidth(badge, TEXT, true) + 28);
        Color badgeColor = stopped ? theme.overloaded() : theme.normal();
        p.fillRoundRect(new Rect(MARGIN, y, bw, 34), 10, badgeColor);
        p.text(Painter.fit(badge, bw - 16, TEXT, true), MARGIN + bw / 2, y + 24, TEXT, true, Color.WHITE, Painter.Align.CENTER);
        y += 48;
        if (f.ssiState() != null) {
            // The domain's state on a band of its own: it is what the under-SSI lesson is about.
            List<String> ssiLines = wrap(f.ssiState(), w - 2 * MARGIN - 24, TEXT, true);
            int shown = Math.min(2, ssiLines.size());
            p.fillRoundRect(new Rect(MARGIN, y - 6, w - 2 * MARGIN, 12 + 24 * shown), 8, theme.ssiFill());
            p.strokeRoundRect(new Rect(MARGIN, y - 6, w - 2 * MARGIN, 12 + 24 * shown), 8, theme.ssi(), 1.5, false);
            for (int i = 0; i < shown; i++) {
                p.text(ssiLines.get(i), MARGIN + 12, y + 17 + 24 * i, TEXT, true, theme.ssi(), Painter.Align.LEFT);
            }
            y += 24 * shown + 22;
        }
        double captionTop = h - 110 - (m.assumption() != null ? 22 : 0);
        Rect gridArea = new Rect(MARGIN, y, Math.max(50, w - SIDE - 3 * MARGIN), Math.max(50, captionTop - y - 12));
        drawGrid(p, script, f, gridArea, theme);
        drawSide(p, script, f, new Rect(w - SIDE - MARGIN, y, SIDE, captionTop - y - 12), theme);
        // What happens now, and what a cell is.
        List<String> lines = wrap(f.caption(), w - 2 * MARGIN, TEXT);
        double cy = captionTop + 22;
        for (String line : lines.subList(0, Math.min(3, lines.size()))) {
            p.text(line, MARGIN, cy, TEXT, false, theme.text(), Painter.Align.LEFT);
            cy += 24;
        }
        PageGrid g = script.grid();
        String scale = String.format(Locale.ROOT, "1 cell = %,d pages of 4 KiB (%s) · %,d cells · which cells: a seeded "
                        + "picture; how many bytes each round: the engine's · frame %d of %d", g.pagesPerCell(),
                MigrationScript.size(g.cellBytes()), g.cells(), frameIndex + 1, script.frames().size());
        if (m.assumption() != null) {
            p.text(Painter.fit(capital(m.assumption()), w - 2 * MARGIN, SMALL, false), MARGIN, h - 36, SMALL, false,
                    theme.mutedText(), Painter.Align.LEFT);
        }
        p.text(Painter.fit(scale, w - 2 * MARGIN, SMALL, false), MARGIN, h - 14, SMALL, false, theme.mutedText(),
                Painter.Align.LEFT);
    }

    private static void drawGrid(Painter p, MigrationScript script, MigrationFrame f, Rect area, CanvasTheme theme) {
        int n = script.grid().cells();
        int cols = (int) Math.max(1, Math.ceil(Math.sqrt(n * area.width() / area.height())));
        int rows = (n + cols - 1) / cols;
        double cell = Math.floor(Math.min(area.width() / cols, area.height() / rows));
        if (cell < 2) {
            cell = 2;
        }
        double gap = cell >= 10 ? 2 : cell >= 5 ? 1 : 0;
        double gw = cols * cell;
        double x0 = area.x() + Math.max(0, (area.width() - gw) / 2);
        for (int i = 0; i < n; i++) {
            int r = i / cols;
            int col = i % cols;
            PageState s = f.state(i);
            Rect box = new Rect(x0 + col * cell, area.y() + r * cell, cell - gap, cell - gap);
            p.fillRoundRect(box, cell > 8 ? 3 : 0, color(s, theme));
            if (s == PageState.SENDING && cell > 6) {
                p.strokeRoundRect(box, 3, theme.text(), 1.5, false);
            }
        }
    }

    private static void drawSide(Painter p, MigrationScript script, MigrationFrame f, Rect area, CanvasTheme theme) {
        double x = area.x();
        double y = area.y() + 18;
        List<MigrationScript.Pass> passes = script.passes();
        p.text(script.move().kind() == WatchedMove.Kind.PRE_COPY ? "Bytes sent per round" : "Bytes sent", x, y, TEXT,
                true, theme.text(), Painter.Align.LEFT);
        y += 10;
        double max = passes.stream().mapToDouble(MigrationScript.Pass::bytes).max().orElse(1);
        int first = 0;
        if (passes.size() > MAX_ROWS) {
            int current = Math.max(0, f.pass());
            first = Math.max(0, Math.min(passes.size() - MAX_ROWS, current - MAX_ROWS / 2));
        }
        for (int i = first; i < Math.min(passes.size(), first + MAX_ROWS); i++) {
            MigrationScript.Pass pass = passes.get(i);
            boolean now = i == f.pass();
            boolean past = f.pass() > i || f.phase() == MigrationFrame.Phase.DONE
                    || f.phase() == MigrationFrame.Phase.REMOTE_PAGING;
            y += 26;
            Color ink = now ? theme.selection() : past ? theme.text() : theme.mutedText();
            p.text(pass.label(), x, y, SMALL + 1, now, ink, Painter.Align.LEFT);
            double barX = x + 84;
            double barW = 150;
            double shown = now ? f.passBytesSent() : past ? pass.bytes() : 0;
            p.fillRoundRect(new Rect(barX, y - 13, barW, 16), 3, theme.grid());
            if (pass.bytes() > 0) {
                Color fill = pass.paused() ? theme.normal() : theme.selection();
                p.fillRoundRect(new Rect(barX, y - 13, Math.max(2, barW * pass.bytes() / max), 16), 3,
                        fill.deriveColor(0, 1, 1, 0.3));
                if (shown > 0) {
                    p.fillRoundRect(new Rect(barX, y - 13, Math.max(2, barW * shown / max), 16), 3, fill);
                }
            }
            p.text(MigrationScript.size(pass.bytes()), x + SIDE, y, SMALL + 1, now, ink, Painter.Align.RIGHT);
        }
        if (passes.size() > MAX_ROWS) {
            y += 22;
            p.text("rounds " + (first + 1) + "-" + Math.min(passes.size(), first + MAX_ROWS) + " of " + passes.size()
                    + " passes", x, y, SMALL, false, theme.mutedText(), Painter.Align.LEFT);
        }
        MigrationCost c = script.move().cost();
        if (script.move().kind() == WatchedMove.Kind.PRE_COPY && c.rounds() != passes.size()) {
            // migration-cost's rounds are QEMU's dirty-log syncs; the copy passes run between them.
            y += 10;
            for (String line : wrap("migration-cost's " + c.rounds() + " rounds count QEMU's dirty-log syncs; "
                    + "the copy passes above run between them", SIDE, SMALL)) {
                y += 20;
                p.text(line, x, y, SMALL, false, theme.mutedText(), Painter.Align.LEFT);
            }
        }
        y += 40;
        for (PageState s : script.statesShown()) {
            if (y > area.maxY()) {
                break;
            }
            p.fillRoundRect(new Rect(x, y - 14, 18, 18), 3, color(s, theme));
            String meaning = s == PageState.PAUSED && script.move().kind() == WatchedMove.Kind.PROCESS
                    ? "sent while the process is frozen" : s.meaning();
            p.text(Painter.fit(meaning, SIDE - 28, SMALL, false), x + 28, y, SMALL, false, theme.text(),
                    Painter.Align.LEFT);
            y += 25;
        }
    }

    static Color color(PageState s, CanvasTheme theme) {
        return switch (s) {
            case NOT_SENT -> theme.link();
            case ZERO -> theme.grid().darker();
            case SENDING -> theme.vmStroke();
            case SENT -> theme.selection();
            case DIRTY -> theme.appStroke();
            case PAUSED -> theme.normal();
            case REMOTE -> theme.ssi().deriveColor(0, 0.45, 1.25, 0.55);
            case PULLED -> theme.ssi();
        };
    }

    private static String capital(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    /** Words on lines no wider than {@code width} at a text size. */
    static List<String> wrap(String text, double width, double size) {
        return wrap(text, width, size, false);
    }

    static List<String> wrap(String text, double width, double size, boolean bold) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String tried = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && Painter.approximateWidth(tried, size, bold) > width) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(tried);
            }
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }
}
