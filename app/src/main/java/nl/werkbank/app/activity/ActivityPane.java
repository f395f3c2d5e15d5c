package nl.werkbank.app.activity;

import atlantafx.base.theme.Styles;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Tables;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.activity.ActivityReport;
import nl.werkbank.core.activity.ActivityTables.Table;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * The activity report on screen: the key figures in a sentence each, then every table of the document, and the two
 * exports. The tables are the document's own ({@code ActivityTables}), so screen, .docx and .xlsx agree.
 */
public final class ActivityPane {

    private static final double ROW_HEIGHT = 36;
    private static final int MAX_VISIBLE_ROWS = 12;

    private final ActivityViewModel vm;
    private final Localization i18n;
    private final VBox content = new VBox(10);
    private final Label summary = new Label();
    private final ScrollPane root;

    public ActivityPane(ActivityViewModel vm) {
        this.vm = vm;
        this.i18n = vm.ui().i18n();
        summary.setId("activity-summary");
        summary.setWrapText(true);
        content.setPadding(new Insets(12, 4, 12, 4));
        VBox box = new VBox(12, actions(), summary, content);
        box.setPadding(new Insets(8, 0, 8, 0));
        root = new ScrollPane(box);
        root.setFitToWidth(true);
        root.setId("activity-pane");
        vm.report().addListener((obs, old, report) -> show(report));
    }

    public Node node() {
        return root;
    }

    private Node actions() {
        Button document = new Button(i18n.tr("activity.exportDocument"), new FontIcon(Feather.FILE_TEXT));
        document.setId("activity-export-document");
        document.getStyleClass().add(Styles.ACCENT);
        document.disableProperty().bind(vm.report().isNull());
        document.setOnAction(event -> vm.chooseAndExportDocument());
        Button annex = new Button(i18n.tr("activity.exportAnnex"), new FontIcon(Feather.DOWNLOAD));
        annex.setId("activity-export-annex");
        annex.disableProperty().bind(vm.report().isNull());
        annex.setOnAction(event -> vm.chooseAndExportAnnex());
        Button products = new Button(i18n.tr("products.manage"), new FontIcon(Feather.BOOK_OPEN));
        products.setId("activity-products");
        products.setOnAction(event -> vm.manageProducts());
        products.setMinWidth(Region.USE_PREF_SIZE);
        Button register = new Button(i18n.tr("learning.register.open"), new FontIcon(Feather.LIST));
        register.setId("activity-learning");
        register.disableProperty().bind(vm.report().isNull());
        register.setOnAction(event -> vm.openRegister());
        register.setMinWidth(Region.USE_PREF_SIZE);
        Label note = new Label(i18n.tr("activity.screenNote"));
        note.getStyleClass().add(Styles.TEXT_MUTED);
        note.setWrapText(true);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox.setHgrow(note, Priority.SOMETIMES);
        document.setMinWidth(Region.USE_PREF_SIZE);
        annex.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, note, spacer, register, products, annex, document);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    private void show(ActivityReport report) {
        content.getChildren().clear();
        if (report == null) {
            summary.setText("");
            return;
        }
        long meetings = report.teams().stream().mapToLong(team -> team.meetings().size()).sum();
        summary.setText(String.join("\n",
                i18n.tr("activity.teams.summary", report.teams().size(), meetings),
                i18n.tr("activity.cafes.summary", report.cafes().cafes().size(), report.cafes().visitors(),
                        report.cafes().averageVisitors() == null ? "–" : oneDecimal(report.cafes().averageVisitors())),
                i18n.tr("activity.learning.summary", report.learning().notes().size()).replaceAll(":$", "."),
                i18n.tr("activity.products.summary", report.products().size())));
        for (Table table : vm.tables(report)) {
            Label heading = new Label(i18n.tr(table.key()));
            heading.getStyleClass().add(Styles.TITLE_4);
            content.getChildren().addAll(heading, table(table));
        }
    }

    private TableView<List<Object>> table(Table table) {
        TableView<List<Object>> view = Tables.table(i18n.tr("activity.none"));
        view.setId("activity-" + table.key().substring(table.key().lastIndexOf('.') + 1));
        for (int i = 0; i < table.headers().size(); i++) {
            int column = i;
            // Wide enough for the header: the column is read by its name first.
            double width = Math.max(table.widths()[i] * 7.5, table.headers().get(i).length() * 8.5 + 28);
            TableColumn<List<Object>, String> added = Tables.column(view, table.headers().get(i),
                    row -> text(row.get(column)), width);
            if (!table.rows().isEmpty() && !(table.rows().get(0).get(column) instanceof String)) {
                added.setStyle("-fx-alignment: CENTER-RIGHT;");
            }
        }
        view.getItems().setAll(table.rows());
        if (table.total() != null) {
            view.getItems().add(table.total());
        }
        view.setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        // As tall as its rows (up to a dozen): the page scrolls, not each table.
        int rows = Math.min(MAX_VISIBLE_ROWS, Math.max(1, view.getItems().size()));
        // Header, rows, and room for the sideways scroll bar.
        view.setPrefHeight(ROW_HEIGHT * (rows + 1) + 24);
        view.setMinHeight(Region.USE_PREF_SIZE);
        return view;
    }

    private String oneDecimal(BigDecimal value) {
        java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(i18n.language().locale());
        format.setMinimumFractionDigits(1);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    private String text(Object value) {
        if (value instanceof LocalDate date) {
            return i18n.date(date);
        }
        if (value instanceof BigDecimal hours) {
            return i18n.hoursExact(hours);
        }
        if (value instanceof Long count) {
            return i18n.count(count);
        }
        return String.valueOf(value);
    }
}
