package nl.werkbank.app.activity;

import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.teams.Team;
import org.kordamp.ikonli.feather.Feather;

/** The register of products and publications: every one, newest first, to add, change or remove. */
final class ProductsDialog extends Dialog<Void> {

    private final ActivityViewModel vm;
    private final Localization i18n;
    private final TableView<Product> table;
    private ProductChoices choices;

    ProductsDialog(ActivityViewModel vm, ProductChoices loaded) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        this.choices = loaded;
        initOwner(vm.ui().window().get());
        setTitle(i18n.tr("products.title"));
        table = Tables.table(i18n.tr("products.none"));
        table.setId("products-table");
        Map<UUID, String> teamNames = loaded.teams().stream().collect(Collectors.toMap(Team::id, Team::name));
        Tables.column(table, i18n.tr("activity.col.date"), p -> i18n.date(p.date()), 110);
        Tables.column(table, i18n.tr("activity.col.productType"), p -> i18n.tr(p.type()), 150);
        Tables.column(table, i18n.tr("activity.col.title"), Product::title, 320);
        Tables.column(table, i18n.tr("activity.col.teams"), p -> p.teamIds().stream().map(teamNames::get)
                .collect(Collectors.joining(", ")), 260);
        table.setPrefHeight(420);
        fill();
        Tables.onOpen(table, this::edit);
        Button add = new Button(i18n.tr("product.add"), new org.kordamp.ikonli.javafx.FontIcon(Feather.PLUS));
        add.setId("products-add");
        add.setOnAction(event -> edit(null));
        Button change = Tables.rowButton(table, Feather.EDIT_2, i18n.tr("product.edit"), this::edit);
        Button remove = Tables.rowButton(table, Feather.TRASH_2, i18n.tr("product.delete"), this::remove);
        remove.setId("products-delete");
        HBox buttons = new HBox(8, add, change, remove);
        VBox content = new VBox(10, table, buttons);
        javafx.scene.layout.VBox.setVgrow(table, javafx.scene.layout.Priority.ALWAYS);
        content.setPadding(new Insets(8));
        getDialogPane().setContent(content);
        getDialogPane().setPrefWidth(900);
        getDialogPane().setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        setResizable(true);
        getDialogPane().getButtonTypes().add(new ButtonType(i18n.tr("button.close"), ButtonBar.ButtonData.CANCEL_CLOSE));
    }

    private void fill() {
        java.util.List<Product> newestFirst = new java.util.ArrayList<>(choices.products());
        java.util.Collections.reverse(newestFirst);
        table.getItems().setAll(newestFirst);
    }

    private void edit(Product product) {
        new ProductDialog(vm, choices, product).showAndWait().ifPresent(saved -> reload());
    }

    private void remove(Product product) {
        if (vm.ui().dialogs().confirm(i18n.tr("product.delete"), i18n.tr("product.delete.confirm", product.title()),
                i18n.tr("product.delete"))) {
            vm.deleteProduct(product, this::reload);
        }
    }

    private void reload() {
        vm.loadProductChoices(loaded -> {
            choices = loaded;
            fill();
        });
    }
}
