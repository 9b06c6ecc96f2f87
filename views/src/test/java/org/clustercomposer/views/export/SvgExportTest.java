package org.clustercomposer.views.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.clustercomposer.views.canvas.CanvasTheme;
import org.clustercomposer.views.canvas.DiagramGeometry;
import org.clustercomposer.views.canvas.LayerVisibility;
import org.clustercomposer.views.prediction.ElementLoad;
import org.clustercomposer.views.testing.SmallDesigns;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

class SvgExportTest {

    private final DiagramGeometry geometry = DiagramGeometry.of(SmallDesigns.rack());

    private static Document parse(String svg) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void writesWellFormedSvgWithEveryHostVmAndTheSsiHull(@TempDir Path dir) throws Exception {
        String svg = SvgExport.toSvg(geometry, Map.of(), LayerVisibility.all(), CanvasTheme.LIGHT);
        Path file = dir.resolve("design.svg");
        SvgExport.write(file, svg);
        Document doc = parse(Files.readString(file));
        assertEquals("svg", doc.getDocumentElement().getTagName());
        for (String name : new String[] {">h1<", ">h2<", ">h3<", ">vm1<", ">vm3<", "SSI kerrighed"}) {
            assertTrue(svg.contains(name), name);
        }
        assertEquals(1, countDashedPolygons(svg), "one SSI hull outline");
    }

    @Test
    void colorsAnOverloadedHostRedAndOmitsHiddenLayers() throws Exception {
        String svg = SvgExport.toSvg(geometry, Map.of("h1", new ElementLoad(1.4, true, "CPU 140 %")),
                new LayerVisibility(true, false, false, true), CanvasTheme.LIGHT);
        parse(svg);
        assertTrue(svg.contains("stroke=\"#cf222e\""), "the overloaded host's border is red");
        assertTrue(svg.contains("140 %"));
        assertFalse(svg.contains(">vm1<"), "VMs hidden");
        assertEquals(0, countDashedPolygons(svg), "SSI layer hidden");
    }

    @Test
    void escapesNamesThatLookLikeMarkup() throws Exception {
        var s = SmallDesigns.rack();
        var hosts = new ArrayList<>(s.hosts());
        hosts.set(0, hosts.get(0).withName("<a&b>"));
        String svg = SvgExport.toSvg(DiagramGeometry.of(s.withHosts(hosts)), Map.of(), LayerVisibility.all(),
                CanvasTheme.LIGHT);
        parse(svg);
        assertTrue(svg.contains("&lt;a&amp;b&gt;"));
    }

    private static long countDashedPolygons(String svg) {
        return svg.lines().filter(l -> l.startsWith("<polygon") && l.contains("stroke-dasharray")).count();
    }
}
