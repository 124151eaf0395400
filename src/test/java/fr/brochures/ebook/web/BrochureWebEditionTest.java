package fr.brochures.ebook.web;

import fr.brochures.ebook.TestBooks;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The brochure's web edition: what every web edition must be, and no heavier than half as much again as its EPUB. */
class BrochureWebEditionTest extends WebEditionContract {

    /** The web edition's bytes, images included, at most this many times the EPUB's. */
    static final double MAX_SIZE_RATIO = 1.5;

    @TempDir
    static Path work;
    private WebBuild build;

    @BeforeAll
    void buildTheBrochure() {
        build = WebBuild.of(TestBooks.brochure(), work);
    }

    @Override
    WebBuild build() {
        return build;
    }

    @Test
    void weighsAtMostHalfAsMuchAgainAsTheEpub() throws Exception {
        long epub = Files.size(build.epub);
        long web = build.webBytes();
        System.out.printf("The brochure's web edition: %d bytes, %.2f × its EPUB (%d bytes)%n", web, (double) web / epub, epub);
        assertTrue(web <= MAX_SIZE_RATIO * epub, "the web edition weighs " + web + " bytes, " + (double) web / epub + " × the EPUB's " + epub);
    }

    @Test
    void hasTheSixTextsBetweenTheTitlePageAndTheNotes() {
        assertEquals(java.util.List.of("titlepage.html", "00-sommaire.html", "01-introduction.html", "02-soulevement-entretien-analyse.html",
                        "03-explosion-au-kazakhstan.html", "04-soulevement-travailleurs-chomeurs.html", "05-cinq-clefs-pour-comprendre.html",
                        "06-apres-le-soulevement.html", "99-contacts.html", "endnotes.html", "colophon.html"),
                build.page("index.html").select("nav.toc > ol > li > a").eachAttr("href"));
        assertEquals("fr", build.page("index.html").selectFirst("html").attr("lang"));
        assertEquals("Aller au texte", build.page("01-introduction.html").selectFirst("a.skip-link").text());
    }
}
