package fr.brochures.ebook.pages;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.project.Person;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CreditTest {

    @Test
    void groupsPeopleByTheirRolesInTheBookLanguage() {
        List<Person> people = List.of(
                new Person("ASAP Révolution", "ASAP Révolution", List.of("com", "trl"), "Rennes"),
                new Person("Camarade", "Camarade", List.of("com", "trl"), "Toulouse"),
                new Person("CrimethInc.", "CrimethInc.", List.of("aut"), null));
        List<Credit> credits = Credit.of(people, Labels.forLanguage("fr"));
        assertEquals(List.of(
                new Credit("Choix des textes et traduction", List.of("ASAP Révolution (Rennes)", "Camarade (Toulouse)")),
                new Credit("Textes", List.of("CrimethInc."))), credits);
    }

    @Test
    void englishBooksGetEnglishLabels() {
        List<Credit> credits = Credit.of(List.of(new Person("A", "A", List.of("trl"), null)), Labels.forLanguage("en"));
        assertEquals("Translation", credits.get(0).label());
    }
}
