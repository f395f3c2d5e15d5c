package nl.werkbank.core.common;

import java.util.List;
import java.util.stream.Collectors;

/** Input refused before anything was stored; carries every problem found, each tied to its field. */
public class ValidationException extends RuntimeException {

    private final List<Problem> problems;

    public ValidationException(List<Problem> problems) {
        super(problems.stream().map(p -> p.field() + ": " + p.key()).collect(Collectors.joining(", ")));
        this.problems = List.copyOf(problems);
    }

    public ValidationException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }

    public boolean concerns(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }
}
