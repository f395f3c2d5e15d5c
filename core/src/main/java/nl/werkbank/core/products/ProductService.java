package nl.werkbank.core.products;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.common.NotFoundException;
import nl.werkbank.core.common.Validator;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Tombstones;

/** Producten en publicaties: the register the verantwoording's annex lists. */
public final class ProductService {

    private final Database db;
    private final Clock clock;
    private final ProductRepository products;

    public ProductService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
        this.products = new ProductRepository(db);
    }

    /** Products that appeared in the period (inclusive), oldest first. */
    public List<Product> between(LocalDate from, LocalDate to) {
        return products.between(from, to);
    }

    /** Every product, oldest first: the register. */
    public List<Product> all() {
        return products.between(LocalDate.of(1900, 1, 1), LocalDate.of(2200, 12, 31));
    }

    public Product get(UUID id) {
        return products.find(id).stream().findFirst().orElseThrow(() -> new NotFoundException("product", id));
    }

    /** Saves a product with its werkteams and authors (each listed once). */
    public Product save(Product product) {
        String title = Validator.clean(product.title());
        String link = Validator.clean(product.link());
        String description = Validator.clean(product.description());
        new Validator().required("type", product.type(), "error.product.typeRequired")
                .required("title", title, "error.text.required").maxLength("title", title, 300)
                .required("date", product.date(), "error.date.required")
                .maxLength("link", link, 1000).maxLength("description", description, 2000)
                .throwIfInvalid();
        return db.atomically(() -> {
            Instant now = clock.instant();
            products.save(product, title, link, description, now);
            replaceLinks(product.id(), ProductRepository.Link.TEAM, product.teamIds(), now);
            replaceLinks(product.id(), ProductRepository.Link.AUTHOR, product.authorIds(), now);
            return get(product.id());
        });
    }

    public void delete(UUID id) {
        db.atomically(() -> {
            Tombstones.recordWithDependents(db, "product", id, clock.instant());
            products.delete(id);
            return null;
        });
    }

    private void replaceLinks(UUID productId, ProductRepository.Link link, List<UUID> wanted, Instant now) {
        List<UUID> unique = List.copyOf(new LinkedHashSet<>(wanted));
        Map<UUID, UUID> existing = products.links(productId, link);
        for (var row : existing.entrySet()) {
            if (!unique.contains(row.getValue())) {
                products.deleteLink(link, row.getKey());
                Tombstones.record(db, link.table, row.getKey(), now);
            }
        }
        for (UUID target : unique) {
            if (!existing.containsValue(target)) {
                products.addLink(productId, link, target, now);
            }
        }
    }
}
