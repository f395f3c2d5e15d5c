package nl.werkbank.core.people;

import java.time.Instant;
import java.util.UUID;

/** An organisation taking part in the Werkplaats (gemeente, hogeschool, welzijn, …). */
public record Organization(UUID id, String name, OrganizationType type, UUID parentId,
                           Instant createdAt, Instant updatedAt) {

    public static Organization create(String name, OrganizationType type, UUID parentId) {
        return new Organization(UUID.randomUUID(), name, type, parentId, null, null);
    }

    public Organization withName(String newName) {
        return new Organization(id, newName, type, parentId, createdAt, updatedAt);
    }

    public Organization withType(OrganizationType newType) {
        return new Organization(id, name, newType, parentId, createdAt, updatedAt);
    }

    public Organization withParentId(UUID newParentId) {
        return new Organization(id, name, type, newParentId, createdAt, updatedAt);
    }
}
