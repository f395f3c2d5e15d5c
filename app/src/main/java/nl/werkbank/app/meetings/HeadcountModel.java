package nl.werkbank.app.meetings;

import java.util.EnumMap;
import java.util.UUID;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.fx.BackgroundTask;
import nl.werkbank.core.meetings.OpenMeeting;
import nl.werkbank.core.meetings.OrganizationVisitors;
import nl.werkbank.core.meetings.VisitorCategory;

/**
 * The visitors of a public meeting: anonymous counts per group, and colleagues counted under their organisation.
 * Each change is saved at once, off the FX thread.
 */
final class HeadcountModel {

    private final UiContext ui;
    private final UUID meetingId;
    private final ObservableMap<VisitorCategory, Integer> visitors = FXCollections.observableMap(new EnumMap<>(VisitorCategory.class));
    private final ObservableList<OrganizationVisitors> byOrganization = FXCollections.observableArrayList();

    HeadcountModel(UiContext ui, UUID meetingId) {
        this.ui = ui;
        this.meetingId = meetingId;
    }

    void show(OpenMeeting open) {
        visitors.clear();
        visitors.putAll(open.visitors());
        byOrganization.setAll(open.organizationVisitors());
    }

    ObservableMap<VisitorCategory, Integer> visitors() {
        return visitors;
    }

    /** Visitors counted under an organisation, by organisation name. */
    ObservableList<OrganizationVisitors> byOrganization() {
        return byOrganization;
    }

    void setVisitors(VisitorCategory category, int count) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> ui.werkbank().meetings().setVisitors(meetingId, category, count))
                .onSuccess(done -> {
                    visitors.put(category, count);
                    ui.saveStatus().saved();
                })
                .onFailure(ui::showFailure)
                .executeWith(ui.executor());
    }

    /** Sets an organisation's count; 0 takes it off the list. */
    void setOrganizationVisitors(UUID organizationId, int count) {
        ui.saveStatus().saving();
        BackgroundTask.wrap(() -> {
            ui.werkbank().meetings().setOrganizationVisitors(meetingId, organizationId, count);
            return ui.werkbank().meetings().organizationVisitors(meetingId);
        }).onSuccess(now -> {
            byOrganization.setAll(now);
            ui.saveStatus().saved();
        }).onFailure(ui::showFailure).executeWith(ui.executor());
    }
}
