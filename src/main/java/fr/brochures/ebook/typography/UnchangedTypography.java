package fr.brochures.ebook.typography;

/** Rules of languages without specific rules (English, German…): the text is returned as written. */
final class UnchangedTypography implements TypographyRules {

    static final UnchangedTypography INSTANCE = new UnchangedTypography();

    private UnchangedTypography() {
    }

    @Override
    public String apply(String text) {
        return text;
    }
}
