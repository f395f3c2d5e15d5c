package nl.werkbank.app.settings;

import atlantafx.base.theme.Styles;
import atlantafx.base.theme.Tweaks;
import javafx.beans.property.SimpleStringProperty;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.fx.Screen;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.privacy.PrivacySection;
import nl.werkbank.app.privacy.PrivacyViewModel;
import nl.werkbank.core.teams.MembershipRole;

/** Instellingen: taal, gegevensmap en demo. */
public final class SettingsView implements Screen {

    private final SettingsViewModel vm;
    private final BackupsViewModel backups;
    private final PrivacyViewModel privacy;
    private final nl.werkbank.app.sync.SyncViewModel sync;
    private final VBox root;
    private final ScrollPane scroll;

    public SettingsView(SettingsViewModel vm, BackupsViewModel backups, PrivacyViewModel privacy, QuestionsViewModel questions,
                        nl.werkbank.app.sync.SyncViewModel sync, Runnable loadDemo) {
        this.vm = vm;
        this.backups = backups;
        this.privacy = privacy;
        this.sync = sync;
        Localization i18n = vm.ui().i18n();
        Label title = new Label(i18n.tr("nav.settings"));
        title.getStyleClass().add(Styles.TITLE_2);

        ComboBox<Language> language = new ComboBox<>();
        language.setId("settings-language");
        language.getItems().setAll(Language.values());
        // Each language is named in itself, so someone who cannot read the current one still finds theirs.
        language.setConverter(Forms.converter(l -> new Localization(l).tr("language.self")));
        language.valueProperty().bindBidirectional(vm.language());
        var grid = Forms.grid();
        Forms.row(grid, i18n.tr("settings.language.label"), language, new SimpleStringProperty());
        Forms.row(grid, i18n.tr("settings.beamer.label"), beamerScreen(vm, i18n), new SimpleStringProperty());

        Label data = new Label();
        data.textProperty().bind(vm.dataInfo());
        data.setId("settings-data-info");

        Button demo = new Button(i18n.tr("menu.loadDemo"));
        demo.setId("settings-load-demo");
        demo.setOnAction(event -> loadDemo.run());

        var preparationGrid = Forms.grid();
        for (MembershipRole role : MembershipRole.values()) {
            TextField hours = Forms.committing(new TextField(),
                    vm.preparation(role), () -> vm.commitPreparation(role));
            hours.setId("preparation-" + role.name().toLowerCase());
            hours.setMaxWidth(90);
            Forms.row(preparationGrid, i18n.tr(role), hours, vm.preparationErrors().of(role.name()));
        }

        javafx.scene.control.CheckBox travel = new javafx.scene.control.CheckBox(i18n.tr("settings.travel"));
        travel.setId("settings-travel");
        travel.selectedProperty().bindBidirectional(vm.travelIncluded());
        travel.selectedProperty().addListener((obs, was, now) -> vm.storeTravelIncluded(now));
        var rateGrid = Forms.grid();
        for (nl.werkbank.core.people.OrganizationType type : nl.werkbank.core.people.OrganizationType.values()) {
            TextField rate = Forms.committing(new TextField(), vm.typeRate(type), () -> vm.commitTypeRate(type));
            rate.setMaxWidth(110);
            rate.setPromptText(i18n.tr("settings.rate.prompt"));
            Forms.row(rateGrid, i18n.tr(type), rate, vm.rateErrors().of(type.name()));
        }

        Label backupsExplained = Forms.muted(new Label(i18n.tr("backups.explain")));
        backupsExplained.setWrapText(true);
        root = new VBox(8, title, grid,
                MasterDetail.section(i18n.tr("privacy.section")), PrivacySection.build(privacy), retention(vm, i18n),
                MasterDetail.section(i18n.tr("backups.section")), backupsExplained, BackupsSection.build(backups, i18n),
                MasterDetail.section(i18n.tr("sync.section")), nl.werkbank.app.sync.SyncSection.build(sync, i18n),
                MasterDetail.section(i18n.tr("questions.section")), QuestionsSection.build(questions, i18n),
                MasterDetail.section(i18n.tr("settings.hours.section")), travel,
                Forms.muted(new Label(i18n.tr("settings.rates.explain"))), rateGrid,
                MasterDetail.section(i18n.tr("settings.preparation.section")),
                Forms.muted(new Label(i18n.tr("settings.preparation.explain"))), preparationGrid,
                MasterDetail.section(i18n.tr("settings.data.section")), data,
                MasterDetail.section(i18n.tr("settings.demo.section")),
                Forms.muted(new Label(i18n.tr("settings.demo.explain"))), demo);
        root.setPadding(new Insets(16, 20, 16, 20));
        root.setId("settings-screen");
        scroll = new ScrollPane(root);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add(Tweaks.EDGE_TO_EDGE);
    }

    /** Bewaartermijn: off, or remove round texts older than 6, 12, 24 or 36 months (at every start). */
    private static Node retention(SettingsViewModel vm, Localization i18n) {
        ComboBox<Integer> months = new ComboBox<>();
        months.setId("settings-retention");
        months.getItems().setAll(java.util.Arrays.asList(null, 6, 12, 24, 36));
        months.setConverter(Forms.converter(m -> m == null ? i18n.tr("privacy.retention.off") : i18n.tr("privacy.retention.months", m)));
        months.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : months.getConverter().toString(item));
            }
        });
        months.setValue(vm.settings().getRoundRetentionMonths());
        months.valueProperty().addListener((obs, old, now) -> vm.chooseRetention(now));
        Label explained = Forms.muted(new Label(i18n.tr("privacy.retention.explain")));
        explained.setWrapText(true);
        return new javafx.scene.layout.VBox(4, new javafx.scene.layout.HBox(8, new Label(i18n.tr("privacy.retention.label")), months),
                explained);
    }

    /** Automatic, or one of the screens connected now ("Scherm 2 · 1920 × 1080"). */
    private static ComboBox<Integer> beamerScreen(SettingsViewModel vm, Localization i18n) {
        ComboBox<Integer> choice = new ComboBox<>();
        choice.setId("settings-beamer-screen");
        choice.getItems().add(null);
        var screens = javafx.stage.Screen.getScreens();
        for (int i = 0; i < screens.size(); i++) {
            choice.getItems().add(i);
        }
        choice.setConverter(Forms.converter(index -> index == null ? i18n.tr("settings.beamer.automatic")
                : index >= screens.size() ? i18n.tr("settings.beamer.screen", index + 1, "?", "?")
                : i18n.tr("settings.beamer.screen", index + 1, (int) screens.get(index).getBounds().getWidth(),
                        (int) screens.get(index).getBounds().getHeight())));
        choice.setButtonCell(new javafx.scene.control.ListCell<>() {
            @Override
            protected void updateItem(Integer item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : choice.getConverter().toString(item));
            }
        });
        Integer stored = vm.settings().getBeamerScreen();
        choice.setValue(stored != null && stored < screens.size() ? stored : null);
        choice.valueProperty().addListener((obs, old, now) -> vm.chooseBeamerScreen(now));
        return choice;
    }

    @Override
    public Node node() {
        return scroll;
    }

    @Override
    public void shown() {
        vm.refresh();
        backups.refresh();
        privacy.refresh();
        sync.refresh();
    }
}
