package nl.werkbank.app.activity;

import java.util.List;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import nl.werkbank.app.fx.DateInput;
import nl.werkbank.app.fx.FormDialog;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.Keys;
import nl.werkbank.core.people.Person;
import nl.werkbank.core.products.Product;
import nl.werkbank.core.products.ProductType;
import nl.werkbank.core.teams.Team;
import org.controlsfx.control.CheckListView;

/** One product or publication: what it is, its title and date, the werkteams it came from, its authors, where to find it. */
final class ProductDialog extends FormDialog<Product, Product> {

    ProductDialog(ActivityViewModel vm, ProductChoices choices, Product existing) {
        super(vm.ui().window().get(), vm.ui().i18n(), vm.ui().i18n().tr(existing == null ? "product.add" : "product.edit"));
        Product product = existing != null ? existing
                : Product.create(ProductType.BLOG, "", java.time.LocalDate.now(vm.ui().werkbank().clock()), List.of(), List.of());
        errors.fields("type", "title", "date", "link", "description");
        ComboBox<ProductType> type = new ComboBox<>();
        type.setId("product-type");
        type.getItems().setAll(ProductType.values());
        type.setConverter(Forms.converter(i18n::tr));
        type.setValue(product.type());
        row("type", "product.type.label", type);
        TextField title = new TextField(product.title());
        title.setId("product-title");
        title.setPrefColumnCount(32);
        row("title", "product.title.label", title);
        DateInput date = dateRow("date", "product.date.label", product.date());
        date.picker().setId("product-date");

        CheckListView<Team> teams = new CheckListView<>();
        teams.setId("product-teams");
        teams.getItems().setAll(choices.teams());
        teams.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(teams::getItemBooleanProperty,
                Forms.converter(Team::name)));
        teams.setPrefHeight(40 * Math.min(5, Math.max(2, choices.teams().size())) + 4);
        Keys.spaceTicks(teams);
        choices.teams().stream().filter(t -> product.teamIds().contains(t.id())).forEach(t -> teams.getCheckModel().check(t));
        row("teams", "product.teams.label", teams);

        CheckListView<Person> authors = new CheckListView<>();
        authors.setId("product-authors");
        authors.getItems().setAll(choices.people());
        authors.setCellFactory(list -> new javafx.scene.control.cell.CheckBoxListCell<>(authors::getItemBooleanProperty,
                Forms.converter(Person::name)));
        authors.setPrefHeight(150);
        Keys.spaceTicks(authors);
        choices.people().stream().filter(p -> product.authorIds().contains(p.id())).forEach(p -> authors.getCheckModel().check(p));
        row("authors", "product.authors.label", authors);

        TextField link = new TextField(product.link() == null ? "" : product.link());
        link.setId("product-link");
        link.setPromptText(i18n.tr("product.link.prompt"));
        row("link", "product.link.label", link);
        TextArea description = new TextArea(product.description() == null ? "" : product.description());
        description.setId("product-description");
        description.setPrefRowCount(3);
        description.setWrapText(true);
        row("description", "product.description.label", description);
        focusOnShow(title);

        onSave(vm.ui().executor(), () -> {
            checkDates();
            return new Product(product.id(), type.getValue(), title.getText(), date.value().get(), link.getText(),
                    description.getText(), teams.getCheckModel().getCheckedItems().stream().map(Team::id).toList(),
                    authors.getCheckModel().getCheckedItems().stream().map(Person::id).toList(), product.createdAt(),
                    product.updatedAt());
        }, vm::saveProduct);
    }
}
