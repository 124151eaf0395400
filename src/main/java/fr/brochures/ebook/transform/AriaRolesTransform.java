package fr.brochures.ebook.transform;

import fr.brochures.ebook.checks.AriaRoles;
import fr.brochures.ebook.model.Chapter;
import org.jsoup.nodes.Element;

import java.util.Map;

/**
 * Gives each element whose {@code epub:type} has a DPUB-ARIA equivalent the matching {@code role}, so that screen
 * readers, which ignore epub:type, know the structure too (https://www.w3.org/TR/dpub-aria-1.1/; the DAISY Ace rule
 * epub-type-has-matching-role). An element that already has a role keeps it: two roles would be an error.
 */
public final class AriaRolesTransform implements ChapterTransform {

    private static final Map<String, String> ROLES = Map.ofEntries(
            Map.entry("chapter", "doc-chapter"),
            Map.entry("introduction", "doc-introduction"),
            Map.entry("preface", "doc-preface"),
            Map.entry("foreword", "doc-foreword"),
            Map.entry("prologue", "doc-prologue"),
            Map.entry("epilogue", "doc-epilogue"),
            Map.entry("afterword", "doc-afterword"),
            Map.entry("conclusion", "doc-conclusion"),
            Map.entry("appendix", "doc-appendix"),
            Map.entry("part", "doc-part"),
            Map.entry("toc", "doc-toc"),
            Map.entry("colophon", "doc-colophon"),
            Map.entry("acknowledgments", "doc-acknowledgments"),
            Map.entry("dedication", "doc-dedication"),
            Map.entry("epigraph", "doc-epigraph"),
            Map.entry("glossary", "doc-glossary"),
            Map.entry("bibliography", "doc-bibliography"),
            Map.entry("endnotes", "doc-endnotes"),
            Map.entry("noteref", "doc-noteref"),
            Map.entry("backlink", "doc-backlink"),
            Map.entry("subtitle", "doc-subtitle"),
            Map.entry("z3998:pullquote", "doc-pullquote"),
            Map.entry("pullquote", "doc-pullquote"));

    @Override
    public String name() {
        return "aria-roles";
    }

    @Override
    public void apply(Chapter chapter, TransformContext context) {
        for (Element element : chapter.document().select("[epub:type]")) {
            if (element.hasAttr("role") || element.normalName().equals("body")) {
                continue;
            }
            for (String type : element.attr("epub:type").trim().split("\\s+")) {
                String role = ROLES.get(type);
                // only where HTML allows that role: a doc-chapter on a heading or a caption would be an error
                if (role != null && AriaRoles.safeToAdd(element.normalName(), role)) {
                    element.attr("role", role);
                    break;
                }
            }
        }
    }
}
