package org.clustercomposer.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.clustercomposer.topology.Element;
import org.clustercomposer.topology.Link;

/**
 * How a message names the elements it mentions. The command line speaks ids ({@link #IDS}: what one types
 * there); the editor speaks the names its canvas draws ({@link #of}): an element's name, or its id when it has
 * none. Links have no names, so a route is then the nodes it crosses.
 */
public final class DisplayNames {

    /** Ids as they are: the command line's words. */
    public static final DisplayNames IDS = new DisplayNames(null);

    // A word that can be an id: letters, digits, '_', '-', '.' (a trailing '.' ends a sentence).
    private static final Pattern WORD = Pattern.compile("[\\p{Alnum}_.\\-]+");

    private final Scenario scenario;
    private Map<String, Element> byId;

    private DisplayNames(Scenario scenario) {
        this.scenario = scenario;
    }

    /** The names the canvas draws for a scenario's elements; the index is built on first use. */
    public static DisplayNames of(Scenario s) {
        return new DisplayNames(s);
    }

    /** The name drawn for an element: its name, or its id when it has none. */
    public static String nameOf(Element e) {
        return e.name() == null || e.name().isBlank() ? e.id() : e.name();
    }

    /** What an id is called; an id the scenario does not hold stays as it is. */
    public String name(String id) {
        if (scenario == null || id == null) {
            return id;
        }
        Element e = elements().get(id);
        return e == null ? id : nameOf(e);
    }

    /**
     * A route from a node over links: the command line's link ids separated by spaces ("l1 up1 up2 l4"), or the
     * names of the nodes it crosses ("node-1 → rack-1 ToR → core → rack-2 ToR → node-4").
     */
    public String route(String from, List<String> linkIds) {
        if (scenario == null) {
            return String.join(" ", linkIds);
        }
        List<String> nodes = new ArrayList<>(List.of(name(from)));
        String at = from;
        for (String linkId : linkIds) {
            if (!(elements().get(linkId) instanceof Link link) || !link.touches(at)) {
                return String.join(" → ", linkIds.stream().map(this::name).toList()); // not a walk from "from"
            }
            at = link.otherEnd(at);
            nodes.add(name(at));
        }
        return String.join(" → ", nodes);
    }

    /**
     * A sentence an engine wrote with ids ("h4 has not enough free memory"), with each word that is an element's id
     * replaced by what {@link #name} calls it ("node-4 has not enough free memory").
     */
    public String inText(String text) {
        if (scenario == null || text == null) {
            return text;
        }
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = m.group();
            String id = word;
            while (id.endsWith(".") && !elements().containsKey(id)) {
                id = id.substring(0, id.length() - 1);
            }
            String replaced = elements().containsKey(id) ? name(id) + word.substring(id.length()) : word;
            m.appendReplacement(out, Matcher.quoteReplacement(replaced));
        }
        m.appendTail(out);
        return out.toString();
    }

    private Map<String, Element> elements() {
        if (byId == null) {
            byId = scenario.elementsById();
        }
        return byId;
    }
}
