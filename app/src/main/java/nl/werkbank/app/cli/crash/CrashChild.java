package nl.werkbank.app.cli.crash;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Random;
import java.util.UUID;
import nl.werkbank.app.cli.WerkbankCommand;
import nl.werkbank.app.fx.CurrentThreadTaskExecutor;
import nl.werkbank.app.fx.DialogService;
import nl.werkbank.app.fx.SaveStatus;
import nl.werkbank.app.fx.UiContext;
import nl.werkbank.app.i18n.Language;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.app.preferences.Settings;
import nl.werkbank.app.teams.TeamEditor;
import nl.werkbank.app.teams.TeamsViewModel;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.FileKey;
import nl.werkbank.core.storage.KeyFile;

/**
 * The program the crash test kills: it runs a script of user actions on a data folder and prints
 * {@code TRY n} before and {@code ACK n} once step n is reported as done, exactly where the window or the
 * command line would tell the user. Theme edits go through the werkteam form's autosave (view model and core,
 * no toolkit); imports and demo loads run the real commands. Usage: {@code CrashChild DIR SEED STEP...} with
 * steps {@code idle:MS}, {@code edit:VALUE}, {@code import:FILE}, {@code import-new:FILE}, {@code demo}, {@code beside-import:FILE}.
 */
public final class CrashChild {

    static final String TEAM = "Multiproblematiek";

    private final Path folder;
    private final Random random;
    private Thread importing;
    private Werkbank werkbank;
    private UiContext ui;
    private TeamEditor editor;

    private CrashChild(Path folder, long seed) {
        this.folder = folder;
        this.random = new Random(seed);
    }

    /** The passphrase of the scenarios run in an encrypted folder. */
    static final String PASSPHRASE = "kapotte laptop in het buurthuis";

    /** The data key of {@code folder}: unlocked when it is encrypted. */
    static FileKey keyOf(Path folder) {
        return Files.exists(KeyFile.file(folder)) ? KeyFile.unlock(folder, PASSPHRASE.toCharArray()) : FileKey.NONE;
    }

    public static void main(String[] args) throws Exception {
        CrashChild child = new CrashChild(Path.of(args[0]), Long.parseLong(args[1]));
        for (int step = 2; step < args.length; step++) {
            child.run(step - 2, args[step]);
        }
        if (child.importing != null) {
            child.importing.join();
        }
        System.out.println("DONE");
        System.out.flush();
        // Stay alive with the database open, as a window would: the kill comes from the parent.
        Thread.sleep(120_000);
    }

    private void run(int index, String step) throws InterruptedException {
        String kind = step.contains(":") ? step.substring(0, step.indexOf(':')) : step;
        String argument = step.contains(":") ? step.substring(step.indexOf(':') + 1) : "";
        switch (kind) {
            case "idle" -> {
                openForm();
                Thread.sleep(Long.parseLong(argument));
            }
            case "edit" -> edit(index, argument);
            case "import" -> command(index, "import", argument);
            // Into a folder without a database yet: what a new laptop's first load does.
            case "import-new" -> command(index, "--no-encryption", "import", argument);
            case "import-attendance" -> command(index, "import-attendance", argument, "--team", TEAM, "--confirm");
            case "demo" -> command(index, "demo", "--replace");
            case "beside-import" -> importBeside(index, argument);
            default -> throw new IllegalArgumentException(step);
        }
    }

    private void edit(int index, String value) throws InterruptedException {
        openForm();
        say("TRY " + index);
        editor.theme().set(value);
        // What leaving the field with Tab does.
        editor.commit();
        if (ui.saveStatus().hasFailed().get()) {
            throw new IllegalStateException("save failed: " + ui.saveStatus().message().get());
        }
        say("ACK " + index);
        Thread.sleep(random.nextInt(30));
    }

    /** The window's import job: the same core call, on its own thread, while the next steps edit on. */
    private void importBeside(int index, String file) {
        openForm();
        importing = new Thread(() -> {
            say("TRY " + index);
            werkbank.exchange().apply(werkbank.exchange().read(Path.of(file)));
            say("ACK " + index);
        }, "crash-child-import");
        importing.start();
    }

    private void openForm() {
        if (editor != null) {
            return;
        }
        werkbank = Werkbank.openInBackground(folder, keyOf(folder));
        Localization i18n = new Localization(Language.DUTCH);
        ui = new UiContext(werkbank, new CurrentThreadTaskExecutor(), new FailingDialogs(), i18n, new SaveStatus(i18n),
                () -> null, new Settings());
        TeamsViewModel teams = new TeamsViewModel(ui);
        UUID id = werkbank.teams().search(TEAM, LocalDate.now()).get(0).team().id();
        teams.list().reloadAndSelect(id);
        editor = teams.editor();
    }

    /** Runs a command as {@code werkbank --data-dir DIR ...} does; its last line before closing is the "done". */
    private void command(int index, String... args) {
        closeForm();
        say("TRY " + index);
        StringWriter err = new StringWriter();
        String[] all = new String[args.length + 2];
        all[0] = "--data-dir";
        all[1] = folder.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        int exit = new WerkbankCommand().execute(new AckingWriter(index), new PrintWriter(err, true), all);
        if (exit != 0) {
            throw new IllegalStateException("command failed (" + exit + "): " + err);
        }
        say("CLOSED " + index);
    }

    private void closeForm() {
        if (werkbank != null) {
            werkbank.close();
            werkbank = null;
            editor = null;
        }
    }

    static void say(String line) {
        System.out.println(line);
        System.out.flush();
    }

    /**
     * The command's output: its "done" line ({@code cli.import.done}, {@code cli.demo.loaded},
     * {@code cli.importAttendance.done}) is the acknowledgement.
     */
    private static final class AckingWriter extends PrintWriter {
        private static final Localization DUTCH = new Localization(Language.DUTCH);
        private static final String IMPORTED = DUTCH.tr("cli.import.done");
        private static final String DEMO = DUTCH.bundle().getString("cli.demo.loaded").split("\\{")[0];
        private static final String ATTENDANCE = DUTCH.bundle().getString("cli.importAttendance.done").split("\\{")[0];
        private final int index;

        AckingWriter(int index) {
            super(new StringWriter());
            this.index = index;
        }

        @Override
        public void println(String line) {
            if (line.equals(IMPORTED) || line.startsWith(DEMO) || line.startsWith(ATTENDANCE)) {
                say("ACK " + index);
            }
        }
    }

    /** A save that needs a question (a duplicate name) or shows an error counts as not saved. */
    private static final class FailingDialogs implements DialogService {
        @Override
        public boolean confirm(String title, String message, String confirmLabel) {
            return false;
        }

        @Override
        public void showError(String title, String message) {
            System.err.println(message);
        }

        @Override
        public void showInfo(String title, String message) {
            // nothing to show
        }
    }
}
