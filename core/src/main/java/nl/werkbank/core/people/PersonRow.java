package nl.werkbank.core.people;

/** A person for lists: with the organisation they represent on the list's date (null: none). */
public record PersonRow(Person person, String organizationName) {
}
