package nl.werkbank.core.people;

import java.time.Instant;
import java.util.UUID;

/**
 * A person in a werkteam or at a meeting. Deliberately small: name, optional e-mail and function.
 * No BSN, health, ethnicity or religion data, ever.
 */
public record Person(UUID id, String name, String email, String function, Instant createdAt, Instant updatedAt) {

    public static Person create(String name, String email, String function) {
        return new Person(UUID.randomUUID(), name, email, function, null, null);
    }

    public Person withName(String newName) {
        return new Person(id, newName, email, function, createdAt, updatedAt);
    }

    public Person withEmail(String newEmail) {
        return new Person(id, name, newEmail, function, createdAt, updatedAt);
    }

    public Person withFunction(String newFunction) {
        return new Person(id, name, email, newFunction, createdAt, updatedAt);
    }
}
