package nl.werkbank.app.sync;

import javafx.beans.property.SimpleStringProperty;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import nl.werkbank.app.fx.Forms;
import nl.werkbank.app.fx.MasterDetail;
import nl.werkbank.app.i18n.Localization;
import org.kordamp.ikonli.feather.Feather;

/** Instellingen, Werkplaats-server: the address, the account and its password, test, save, sync now, forget. */
public final class SyncSection {

    private SyncSection() {
    }

    public static VBox build(SyncViewModel vm, Localization i18n) {
        Label explained = Forms.muted(new Label(i18n.tr("sync.explain")));
        explained.setWrapText(true);

        TextField url = new TextField();
        url.setId("sync-url");
        url.setPromptText(i18n.tr("sync.url.prompt"));
        url.textProperty().bindBidirectional(vm.url());
        url.setPrefColumnCount(40);
        TextField login = new TextField();
        login.setId("sync-login");
        login.textProperty().bindBidirectional(vm.login());
        login.setMaxWidth(260);
        PasswordField password = new PasswordField();
        password.setId("sync-password");
        password.textProperty().bindBidirectional(vm.password());
        password.setMaxWidth(260);
        password.setPromptText(i18n.tr("sync.password.prompt"));
        var grid = Forms.grid();
        Forms.row(grid, i18n.tr("sync.url.label"), url, new SimpleStringProperty());
        Forms.row(grid, i18n.tr("sync.login.label"), login, new SimpleStringProperty());
        Forms.row(grid, i18n.tr("sync.password.label"), password, new SimpleStringProperty());

        Button test = MasterDetail.iconButton(Feather.ACTIVITY, i18n.tr("sync.test"));
        test.setId("sync-test");
        test.setOnAction(event -> vm.test());
        Button save = MasterDetail.iconButton(Feather.SAVE, i18n.tr("sync.save"));
        save.setId("sync-save");
        save.setOnAction(event -> vm.save());
        Button now = MasterDetail.iconButton(Feather.REFRESH_CW, i18n.tr("sync.now"));
        now.setId("sync-now");
        now.disableProperty().bind(vm.configured().not().or(vm.busy()));
        now.setOnAction(event -> vm.syncNow(true));
        Button forget = MasterDetail.iconButton(Feather.X_CIRCLE, i18n.tr("sync.disconnect"));
        forget.setId("sync-disconnect");
        forget.disableProperty().bind(vm.configured().not());
        forget.setOnAction(event -> vm.disconnect());
        Label details = new Label();
        details.setId("sync-details");
        details.textProperty().bind(vm.details());
        return new VBox(8, explained, grid, new HBox(8, test, save, now, forget), details);
    }
}
