package nl.werkbank.core.products;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A product or publication of the Werkplaats: what it is, when it appeared, the werkteam(s) it came from, its
 * authors, and where to find it (a link or a file name).
 */
public record Product(UUID id, ProductType type, String title, LocalDate date, String link, String description,
                      List<UUID> teamIds, List<UUID> authorIds, Instant createdAt, Instant updatedAt) {

    public Product {
        teamIds = List.copyOf(teamIds);
        authorIds = List.copyOf(authorIds);
    }

    public static Product create(ProductType type, String title, LocalDate date, List<UUID> teamIds, List<UUID> authorIds) {
        return new Product(UUID.randomUUID(), type, title, date, null, null, teamIds, authorIds, null, null);
    }

    public Product with(String link, String description) {
        return new Product(id, type, title, date, link, description, teamIds, authorIds, createdAt, updatedAt);
    }
}
