package nl.werkbank.app.fx;

import atlantafx.base.controls.CustomTextField;
import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.binding.BooleanExpression;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.feather.Feather;
import org.kordamp.ikonli.javafx.FontIcon;

/** The list-and-form layout shared by Werkteams, Mensen and Organisaties. */
public final class MasterDetail {

    private MasterDetail() {
    }

    /**
     * Title and "new" button on top, search field and list on the left, the selected record's form on
     * the right (or {@code empty} while nothing is selected once the list has {@code loaded}).
     */
    public static BorderPane layout(String title, CustomTextField search, Node list, Button newButton, Node detail,
                                    Node empty, BooleanExpression hasSelection, BooleanExpression loaded) {
        Label heading = new Label(title);
        heading.getStyleClass().add(Styles.TITLE_2);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        newButton.getStyleClass().add(Styles.ACCENT);
        newButton.setGraphic(new FontIcon(Feather.PLUS));
        HBox header = new HBox(12, heading, spacer, newButton);
        header.setPadding(new Insets(16, 20, 8, 20));
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);

        search.setLeft(new FontIcon(Feather.SEARCH));
        VBox left = new VBox(8, search, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        left.setPadding(new Insets(0, 8, 16, 20));
        left.setPrefWidth(400);
        left.setMinWidth(300);

        ScrollPane scroll = new ScrollPane(detail);
        scroll.setId("detail-scroll");
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
        scroll.visibleProperty().bind(hasSelection);
        // Not while the list is still loading (at start-up the database may still be opening): no "nothing here" flash.
        empty.visibleProperty().bind(hasSelection.not().and(loaded));
        StackPane right = new StackPane(empty, scroll);
        right.setPadding(new Insets(0, 20, 16, 12));

        BorderPane pane = new BorderPane(right);
        pane.setTop(header);
        pane.setLeft(left);
        return pane;
    }

    /** A centred hint for an empty area, with optional buttons. */
    public static VBox emptyState(String message, Node... actions) {
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().addAll(Styles.TEXT_MUTED, Styles.TITLE_4);
        VBox box = new VBox(16, text, new HBox(8, actions));
        box.setAlignment(javafx.geometry.Pos.CENTER);
        box.setMaxWidth(480);
        ((HBox) box.getChildren().get(1)).setAlignment(javafx.geometry.Pos.CENTER);
        return box;
    }

    /** A section heading inside a form. */
    public static Label section(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.TITLE_4);
        label.setPadding(new Insets(16, 0, 4, 0));
        return label;
    }

    /**
     * A section heading with its actions beside it, so they stay in view above a long table. In a narrow
     * window the actions wrap onto more lines instead of pushing the form wider than the window.
     */
    public static HBox sectionWithActions(String text, Node... actions) {
        Label title = section(text);
        title.setMinWidth(Region.USE_PREF_SIZE);
        FlowPane buttons = new FlowPane(8, 4, actions);
        buttons.setAlignment(javafx.geometry.Pos.BOTTOM_RIGHT);
        // A FlowPane asks for one long row; it should take the room left beside the title and wrap within it.
        buttons.setPrefWrapLength(0);
        buttons.setMinWidth(0);
        HBox.setHgrow(buttons, Priority.ALWAYS);
        for (Node action : actions) {
            if (action instanceof Region region) {
                region.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        HBox box = new HBox(8, title, buttons);
        box.setAlignment(javafx.geometry.Pos.BOTTOM_LEFT);
        box.setPadding(new Insets(0, 0, 4, 0));
        return box;
    }

    /** An icon button with a tooltip and an accessible name (screen readers cannot read icons). */
    public static Button iconButton(Feather icon, String text) {
        Button button = new Button(text, new FontIcon(icon));
        button.setAccessibleText(text);
        return button;
    }
}
