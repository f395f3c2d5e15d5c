package nl.werkbank.app.fx;

import java.nio.file.Path;
import java.util.List;

/**
 * What a file chooser asks: a title, the proposed name (and folder, may be null), and which files it shows
 * ({@code filterLabel} with patterns such as {@code *.xlsx}; no patterns: all files).
 */
public record FileRequest(String title, Path proposed, String filterLabel, List<String> patterns) {

    public FileRequest {
        patterns = List.copyOf(patterns);
    }

    public static FileRequest of(String title, Path proposed, String filterLabel, String... patterns) {
        return new FileRequest(title, proposed, filterLabel, List.of(patterns));
    }
}
