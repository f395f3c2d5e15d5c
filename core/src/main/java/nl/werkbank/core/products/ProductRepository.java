package nl.werkbank.core.products;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import nl.werkbank.core.storage.Database;
import nl.werkbank.core.storage.Sql;

/** SQL for products with their teams and authors; each call joins the caller's transaction. */
final class ProductRepository {

    private final Database db;

    ProductRepository(Database db) {
        this.db = db;
    }

    /** Products that appeared between the two dates (inclusive), oldest first, with their teams and authors. */
    List<Product> between(LocalDate from, LocalDate to) {
        return db.transaction(c -> withLinks(Sql.list(c, "SELECT * FROM product WHERE product_date BETWEEN ? AND ?"
                + " ORDER BY product_date, title, id", ProductRepository::bare, from, to)));
    }

    List<Product> find(UUID id) {
        return db.transaction(c -> withLinks(Sql.list(c, "SELECT * FROM product WHERE id = ?", ProductRepository::bare, id)));
    }

    /** Updates the product, or inserts it when it is new, and replaces its team and author links. */
    void save(Product product, String title, String link, String description, Instant now) {
        db.transaction(c -> {
            int updated = Sql.update(c, "UPDATE product SET type = ?, title = ?, product_date = ?, link = ?, description = ?,"
                    + " updated_at = ? WHERE id = ?", product.type(), title, product.date(), link, description, now, product.id());
            if (updated == 0) {
                Sql.update(c, "INSERT INTO product (id, type, title, product_date, link, description, created_at, updated_at)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", product.id(), product.type(), title, product.date(), link,
                        description, now, now);
            }
            return null;
        });
    }

    /** The link rows (id to team or person) of one kind: "team" or "author". */
    Map<UUID, UUID> links(UUID productId, Link link) {
        return db.transaction(c -> {
            Map<UUID, UUID> rows = new HashMap<>();
            Sql.list(c, "SELECT id, " + link.column + " FROM " + link.table + " WHERE product_id = ?",
                    row -> rows.put(Sql.uuid(row, "id"), Sql.uuid(row, link.column)), productId);
            return rows;
        });
    }

    void addLink(UUID productId, Link link, UUID target, Instant now) {
        db.transaction(c -> Sql.update(c, "INSERT INTO " + link.table + " (id, product_id, " + link.column
                + ", created_at, updated_at) VALUES (?, ?, ?, ?, ?)", UUID.randomUUID(), productId, target, now, now));
    }

    void deleteLink(Link link, UUID rowId) {
        db.transaction(c -> Sql.update(c, "DELETE FROM " + link.table + " WHERE id = ?", rowId));
    }

    void delete(UUID id) {
        db.transaction(c -> Sql.update(c, "DELETE FROM product WHERE id = ?", id));
    }

    /** A product's two kinds of links. */
    enum Link {
        TEAM("product_team", "team_id"), AUTHOR("product_author", "person_id");

        final String table;
        final String column;

        Link(String table, String column) {
            this.table = table;
            this.column = column;
        }
    }

    private List<Product> withLinks(List<Product> bare) {
        if (bare.isEmpty()) {
            return bare;
        }
        UUID[] ids = bare.stream().map(Product::id).toArray(UUID[]::new);
        Map<UUID, List<UUID>> teams = grouped("SELECT pt.product_id, pt.team_id AS target FROM product_team pt"
                + " JOIN team t ON t.id = pt.team_id WHERE pt.product_id = ANY(?) ORDER BY t.name", ids);
        Map<UUID, List<UUID>> authors = grouped("SELECT pa.product_id, pa.person_id AS target FROM product_author pa"
                + " JOIN person p ON p.id = pa.person_id WHERE pa.product_id = ANY(?) ORDER BY p.name", ids);
        return bare.stream().map(p -> new Product(p.id(), p.type(), p.title(), p.date(), p.link(), p.description(),
                teams.getOrDefault(p.id(), List.of()), authors.getOrDefault(p.id(), List.of()), p.createdAt(), p.updatedAt()))
                .toList();
    }

    private Map<UUID, List<UUID>> grouped(String sql, UUID[] ids) {
        return db.transaction(c -> {
            Map<UUID, List<UUID>> result = new HashMap<>();
            Sql.list(c, sql, row -> result.computeIfAbsent(Sql.uuid(row, "product_id"), k -> new ArrayList<>())
                    .add(Sql.uuid(row, "target")), (Object) ids);
            return result;
        });
    }

    private static Product bare(ResultSet row) throws SQLException {
        return new Product(Sql.uuid(row, "id"), Sql.enumValue(row, "type", ProductType.class), row.getString("title"),
                Sql.date(row, "product_date"), row.getString("link"), row.getString("description"), List.of(), List.of(),
                Sql.instant(row, "created_at"), Sql.instant(row, "updated_at"));
    }
}
