package fr.brochures.ebook.preview;

import fr.brochures.ebook.pages.PageRenderer;
import fr.brochures.ebook.report.Problem;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * The preview's own markup, from the templates under {@code templates/preview/} with the words of
 * {@code preview.properties} (in English, as the builder's messages the problems are written in): what every served page
 * gets before its {@code </body>}, and the preview's pages for a missing file or a book not built yet.
 */
final class PreviewPages {

    private static final ResourceBundle WORDS = ResourceBundle.getBundle("preview", Locale.ROOT);

    private final PageRenderer renderer;

    PreviewPages(PageRenderer renderer) {
        this.renderer = renderer;
    }

    /** One problem as the page lists it (public: the template engine reads only public types). */
    public record ProblemLine(String where, String severity, String code, String text) {
        static ProblemLine of(Problem problem) {
            return new ProblemLine(problem.location().toString(), problem.severity().label(), problem.id().code(), problem.text());
        }
    }

    /** What every served page gets: the reload script, and the last build's problems when it failed. */
    String snippet(PreviewState state) {
        Map<String, Object> model = new HashMap<>();
        model.put("generation", state.generation());
        model.put("script", PreviewAssets.SCRIPT);
        model.put("events", EventStream.PATH);
        model.put("stylesheet", PreviewAssets.STYLESHEET);
        model.put("failed", state.failed());
        model.put("title", words("failed.title", state.problems().size()));
        model.put("text", words(state.site().isEmpty() ? "failed.nobuild" : "failed.text"));
        List<ProblemLine> problems = state.problems().stream().map(ProblemLine::of).toList();
        model.put("problems", problems);
        return renderer.render("preview/inject.html.vm", model);
    }

    /** The page for a name the last good build has no file for. */
    byte[] notFound(String name, PreviewState state) {
        return message(words("notfound.title"), words("notfound.text", name), true, state);
    }

    /** The page shown before any build succeeded: being built, or failed (its problems over it). */
    byte[] notBuiltYet(PreviewState state) {
        return message(words("nobuild.title"), words(state.failed() ? "nobuild.failed" : "nobuild.building"), false, state);
    }

    private byte[] message(String title, String text, boolean home, PreviewState state) {
        Map<String, Object> model = new HashMap<>();
        model.put("title", title);
        model.put("text", text);
        model.put("home", home ? words("notfound.home") : "");
        model.put("stylesheet", PreviewAssets.STYLESHEET);
        return PageInjection.inject(renderer.renderBytes("preview/message.html.vm", model), snippet(state));
    }

    /** A line of {@code preview.properties} with its values ({@link MessageFormat}: numbers choose singular or plural). */
    private static String words(String key, Object... values) {
        return new MessageFormat(WORDS.getString(key), Locale.ROOT).format(values);
    }
}
