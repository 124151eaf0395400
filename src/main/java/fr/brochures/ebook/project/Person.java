package fr.brochures.ebook.project;

import java.util.List;

/** A creator or contributor: a name, how to sort it, MARC relator roles, and a short note shown to readers (e.g. a city). */
public record Person(String name, String fileAs, List<String> roles, String note) {

    /** The name with its note, as readers see it: "Camarade (Toulouse)". */
    public String displayName() {
        return note == null || note.isBlank() ? name : name + " (" + note + ")";
    }
}
