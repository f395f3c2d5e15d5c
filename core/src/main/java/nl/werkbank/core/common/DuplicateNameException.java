package nl.werkbank.core.common;

/**
 * A name that already exists. Not an error: the caller asks the user and retries with
 * {@code allowDuplicateName = true} (two people can really have the same name).
 */
public class DuplicateNameException extends ValidationException {

    public DuplicateNameException(String name) {
        super(Problem.of("name", "warning.duplicateName", name));
    }
}
