package nl.werkbank.app.decisions;

import java.util.List;

/** Where the decision step sends what the group may see: a heading, the question, and short lines (no names unless chosen). */
public interface BeamerText {

    void show(String heading, String question, List<String> lines);
}
