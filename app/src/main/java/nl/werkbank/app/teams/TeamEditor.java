package nl.werkbank.app.teams;

import java.time.LocalDate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import nl.werkbank.app.fx.RecordEditor;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.core.teams.Team;

/** The werkteam form: name, short name, theme, period, central question, start and end. */
public final class TeamEditor extends RecordEditor<Team> {

    final StringProperty name = new SimpleStringProperty();
    final StringProperty shortName = new SimpleStringProperty();
    final StringProperty theme = new SimpleStringProperty();
    final StringProperty period = new SimpleStringProperty();
    final StringProperty mission = new SimpleStringProperty();
    final ObjectProperty<LocalDate> start = new SimpleObjectProperty<>();
    final ObjectProperty<LocalDate> end = new SimpleObjectProperty<>();
    private final Runnable onSaved;

    TeamEditor(UiContext ui, Runnable onSaved) {
        super(ui, "team", Team::id, Team::updatedAt);
        this.onSaved = onSaved;
        errors().fields("name", "shortName", "theme", "period", "mission", "start", "end");
        start.addListener((obs, old, now) -> commit());
        end.addListener((obs, old, now) -> commit());
    }

    /** The Thema field, as the view binds it. */
    public StringProperty theme() {
        return theme;
    }

    @Override
    protected void fill(Team t) {
        name.set(t.name());
        shortName.set(orEmpty(t.shortName()));
        theme.set(orEmpty(t.theme()));
        period.set(orEmpty(t.period()));
        mission.set(orEmpty(t.mission()));
        start.set(t.start());
        end.set(t.end());
    }

    @Override
    protected Team fromFields(Team base) {
        return base.with(name.get(), orNull(shortName.get()), orNull(theme.get()), orNull(period.get()),
                orNull(mission.get()), start.get(), end.get());
    }

    @Override
    protected Team store(Team record, boolean allowDuplicateName) {
        return ui.werkbank().teams().save(record, allowDuplicateName);
    }

    @Override
    protected Team reload(Team record) {
        return ui.werkbank().teams().get(record.id());
    }

    @Override
    protected String nameOf(Team record) {
        return record.name();
    }

    @Override
    protected void saved(Team record) {
        onSaved.run();
    }

    @Override
    protected void gone() {
        onSaved.run();
    }
}
