package fr.brochures.ebook.pages;

import fr.brochures.ebook.labels.Labels;
import fr.brochures.ebook.project.Person;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One line of credits: what was done (from MARC relator roles, in the book's language) and by whom. */
public record Credit(String label, List<String> names) {

    /** Groups people by their roles, in order of first appearance: "choix des textes et traduction: A, B". */
    public static List<Credit> of(List<Person> people, Labels labels) {
        Map<String, List<String>> byLabel = new LinkedHashMap<>();
        for (Person person : people) {
            byLabel.computeIfAbsent(label(person.roles(), labels), k -> new ArrayList<>()).add(person.displayName());
        }
        List<Credit> credits = new ArrayList<>();
        byLabel.forEach((label, names) -> credits.add(new Credit(label, List.copyOf(names))));
        return credits;
    }

    private static String label(List<String> roles, Labels labels) {
        List<String> words = roles.stream().map(r -> labels.get("role." + r)).toList();
        if (words.isEmpty()) {
            return labels.get("role.aut");
        }
        String joined = words.size() == 1 ? words.get(0)
                : String.join(", ", words.subList(0, words.size() - 1)) + " " + labels.get("credits.with") + " " + words.get(words.size() - 1);
        return Character.toUpperCase(joined.charAt(0)) + joined.substring(1);
    }
}
