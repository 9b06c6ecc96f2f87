package org.clustercomposer.app.live;

import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.clustercomposer.export.LibvirtDomains;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the parts of a libvirt domain XML the tool uses, and changes vCPUs and memory in one. A
 * document that is not XML, or lacks what every domain has, is refused with a message saying so:
 * an import must never guess a number.
 */
final class DomainXml {

    private final Document doc;

    private DomainXml(Document doc) {
        this.doc = doc;
    }

    /** @throws IllegalArgumentException naming what is wrong */
    static DomainXml parse(String xml) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            DocumentBuilder builder = factory.newDocumentBuilder();
            builder.setErrorHandler(new DefaultHandler()); // throws, and prints nothing to stderr
            Document doc = builder.parse(new InputSource(new StringReader(xml)));
            if (!"domain".equals(doc.getDocumentElement().getLocalName())) {
                throw new IllegalArgumentException("not a domain description (root element <"
                        + doc.getDocumentElement().getLocalName() + ">)");
            }
            return new DomainXml(doc);
        } catch (SAXException e) {
            throw new IllegalArgumentException("not well-formed XML (" + e.getMessage() + ")", e);
        } catch (ParserConfigurationException | java.io.IOException e) {
            throw new IllegalStateException("the JDK's XML parser cannot be set up", e);
        }
    }

    String type() {
        return doc.getDocumentElement().getAttribute("type");
    }

    String name() {
        return required("name").getTextContent().strip();
    }

    int vcpus() {
        String text = required("vcpu").getTextContent().strip();
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<vcpu> is not a whole number: \"" + text + "\"", e);
        }
    }

    /** Bytes, from {@code <memory unit=...>}. */
    double memory() {
        Element memory = required("memory");
        return bytes(memory.getTextContent().strip(), memory.getAttribute("unit"));
    }

    /** The source files or devices of the domain's disks (not CD-ROMs). */
    List<String> diskTargets() {
        List<String> targets = new ArrayList<>();
        for (Element disk : children(devices(), "disk")) {
            String device = disk.getAttribute("device");
            if (device.isEmpty() || device.equals("disk")) {
                children(disk, "target").forEach(t -> targets.add(t.getAttribute("dev")));
            }
        }
        return targets;
    }

    List<String> interfaceMacs() {
        List<String> macs = new ArrayList<>();
        for (Element nic : children(devices(), "interface")) {
            List<Element> mac = children(nic, "mac");
            macs.add(mac.isEmpty() ? "" : mac.get(0).getAttribute("address"));
        }
        return macs;
    }

    /** Where a design placed this domain, from our metadata; null when it was not defined by us. */
    String placedOn() {
        NodeList ours = doc.getElementsByTagNameNS(LibvirtDomains.METADATA_NAMESPACE, "vm");
        if (ours.getLength() == 0) {
            return null;
        }
        String placedOn = ((Element) ours.item(0)).getAttribute("placedOn");
        return placedOn.isEmpty() ? null : placedOn;
    }

    /** The same domain with this many vCPUs and this much memory (bytes, rounded up to KiB). */
    String withVcpusAndMemory(int vcpus, double memory) {
        Document copy = (Document) doc.cloneNode(true);
        DomainXml edited = new DomainXml(copy);
        Element vcpu = edited.required("vcpu");
        vcpu.setTextContent(Integer.toString(vcpus));
        vcpu.removeAttribute("current");
        String kib = Long.toString((long) Math.ceil(memory / 1024));
        for (String tag : List.of("memory", "currentMemory")) {
            NodeList nodes = copy.getDocumentElement().getElementsByTagName(tag);
            if (nodes.getLength() > 0) {
                Element e = (Element) nodes.item(0);
                e.setAttribute("unit", "KiB");
                e.setTextContent(kib);
            }
        }
        return edited.toXml();
    }

    String toXml() {
        try {
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.OMIT_XML_DECLARATION, "yes");
            StringWriter out = new StringWriter();
            transformer.transform(new DOMSource(doc), new StreamResult(out));
            return out.toString();
        } catch (TransformerException e) {
            throw new IllegalStateException("cannot print a parsed domain", e);
        }
    }

    private Element devices() {
        return required("devices");
    }

    private Element required(String tag) {
        for (Node n = doc.getDocumentElement().getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                return e;
            }
        }
        throw new IllegalArgumentException("the domain has no <" + tag + ">");
    }

    private static List<Element> children(Element parent, String tag) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && tag.equals(e.getTagName())) {
                found.add(e);
            }
        }
        return found;
    }

    /** libvirt's memory units (formatdomain: "b", "KiB" (default), "MiB", ... and the SI "KB", "MB", ...). */
    static double bytes(String number, String unit) {
        double value;
        try {
            value = Long.parseLong(number);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("<memory> is not a whole number: \"" + number + "\"", e);
        }
        String u = unit.isEmpty() ? "kib" : unit.toLowerCase(Locale.ROOT);
        double factor = switch (u) {
            case "b", "bytes" -> 1;
            case "k", "kib" -> 1024;
            case "kb" -> 1e3;
            case "m", "mib" -> 1L << 20;
            case "mb" -> 1e6;
            case "g", "gib" -> 1L << 30;
            case "gb" -> 1e9;
            case "t", "tib" -> 1L << 40;
            case "tb" -> 1e12;
            default -> throw new IllegalArgumentException("<memory> has an unknown unit \"" + unit + "\"");
        };
        return value * factor;
    }
}
