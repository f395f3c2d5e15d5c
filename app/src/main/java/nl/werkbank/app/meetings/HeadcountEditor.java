package nl.werkbank.app.meetings;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.NumberText;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.meetings.OrganizationVisitors;
import nl.werkbank.core.meetings.VisitorCategory;
import nl.werkbank.core.people.Organization;
import org.controlsfx.control.SearchableComboBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The visitor counts of a public meeting: a field per anonymous group, and a list of organisations whose colleagues
 * came along (their hours count as the organisation's in-kind hours). A count is saved when the field is left.
 */
final class HeadcountEditor {

    private final MeetingViewModel vm;
    private final HeadcountModel model;
    private final Localization i18n;

    HeadcountEditor(MeetingViewModel vm) {
        this.vm = vm;
        this.model = vm.headcount();
        this.i18n = vm.ui().i18n();
    }

    /** One field per group, in a form grid. */
    void addCategories(GridPane grid) {
        for (VisitorCategory category : VisitorCategory.values()) {
            TextField count = countField("headcount-" + category.name().toLowerCase());
            StringProperty error = new SimpleStringProperty();
            store(count, error, () -> model.visitors().getOrDefault(category, 0), n -> model.setVisitors(category, n));
            model.visitors().addListener((MapChangeListener<VisitorCategory, Integer>) change -> {
                if (change.getKey() == category && !count.isFocused()) {
                    count.setText(Integer.toString(model.visitors().getOrDefault(category, 0)));
                }
            });
            // The step may be built after the meeting was read: show what is stored already, not an empty field.
            if (model.visitors().containsKey(category)) {
                count.setText(Integer.toString(model.visitors().get(category)));
            }
            Forms.row(grid, i18n.tr(category), count, error);
        }
    }

    /** The organisations whose colleagues came, each with its count, and a line to add one. */
    Node organizations() {
        VBox rows = new VBox(4);
        rows.setId("organization-visitors");
        Runnable fill = () -> rows.getChildren().setAll(model.byOrganization().stream().map(this::row).toList());
        model.byOrganization().addListener((ListChangeListener<OrganizationVisitors>) change -> fill.run());
        fill.run();

        SearchableComboBox<Organization> organization = new SearchableComboBox<>(vm.organizations());
        organization.setId("organization-visitors-organization");
        organization.setPrefWidth(260);
        organization.setPromptText(i18n.tr("headcount.organization.prompt"));
        organization.setConverter(Forms.converter(o -> o == null ? "" : o.name()));
        TextField count = countField("organization-visitors-count");
        count.setPromptText(i18n.tr("headcount.organization.count"));
        StringProperty error = new SimpleStringProperty();
        Button add = MasterDetail.iconButton(Feather.PLUS, i18n.tr("headcount.organization.add"));
        add.setId("organization-visitors-add");
        Runnable addOne = () -> {
            if (organization.getValue() == null) {
                error.set(i18n.tr("error.organization.required"));
                return;
            }
            NumberText.wholeNumber(count.getText()).filter(n -> n > 0).ifPresentOrElse(n -> {
                error.set(null);
                int already = model.byOrganization().stream()
                        .filter(v -> v.organizationId().equals(organization.getValue().id()))
                        .mapToInt(OrganizationVisitors::visitors).sum();
                model.setOrganizationVisitors(organization.getValue().id(), already + n);
                organization.setValue(null);
                count.clear();
            }, () -> error.set(i18n.tr("error.count.invalid", count.getText())));
        };
        add.setOnAction(event -> addOne.run());
        count.setOnAction(event -> addOne.run());
        HBox addRow = new HBox(8, organization, count, add);
        addRow.setAlignment(Pos.CENTER_LEFT);
        Label title = new Label(i18n.tr("headcount.organization.section"));
        title.getStyleClass().add(atlantafx.base.theme.Styles.TEXT_BOLD);
        return new VBox(6, title,
                Forms.muted(wrapped(i18n.tr("headcount.organization.explain"))), rows, Forms.withError(addRow, error));
    }

    private Node row(OrganizationVisitors visitors) {
        Label name = new Label(visitors.organizationName());
        name.setPrefWidth(260);
        TextField count = countField(null);
        count.setText(Integer.toString(visitors.visitors()));
        StringProperty error = new SimpleStringProperty();
        store(count, error, visitors::visitors, n -> model.setOrganizationVisitors(visitors.organizationId(), n));
        // Icon only: the row already names the organisation; the tooltip and screen reader say what it does.
        String removeText = i18n.tr("headcount.organization.remove", visitors.organizationName());
        Button remove = new Button(null, new FontIcon(Feather.X));
        remove.setAccessibleText(removeText);
        remove.setTooltip(new javafx.scene.control.Tooltip(removeText));
        remove.getStyleClass().addAll(atlantafx.base.theme.Styles.BUTTON_ICON, atlantafx.base.theme.Styles.FLAT);
        remove.setOnAction(event -> model.setOrganizationVisitors(visitors.organizationId(), 0));
        HBox row = new HBox(8, name, count, remove);
        row.setAlignment(Pos.CENTER_LEFT);
        return Forms.withError(row, error);
    }

    private static TextField countField(String id) {
        TextField count = new TextField();
        count.setMaxWidth(100);
        count.setPrefColumnCount(5);
        if (id != null) {
            count.setId(id);
        }
        return count;
    }

    /** Saves a changed count on Enter or when the field is left; text that is no number gets an error line. */
    private void store(TextField count, StringProperty error, java.util.function.IntSupplier stored,
                       java.util.function.IntConsumer save) {
        Runnable store = () -> NumberText.wholeNumber(count.getText()).filter(n -> n >= 0).ifPresentOrElse(n -> {
            error.set(null);
            if (n != stored.getAsInt()) {
                save.accept(n);
            }
        }, () -> error.set(i18n.tr("error.count.invalid", count.getText())));
        count.setOnAction(event -> store.run());
        count.focusedProperty().addListener((obs, was, now) -> {
            if (!now) {
                store.run();
            }
        });
    }

    private static Label wrapped(String text) {
        Label label = new Label(text);
        label.setWrapText(true);
        return label;
    }
}
