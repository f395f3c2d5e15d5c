package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.demo.DemoWerkplaats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code werkbank demo [--replace]}: loads the demo Werkplaats. */
@Command(name = "demo", mixinStandardHelpOptions = true)
final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--replace", descriptionKey = "cli.demo.replace")
    private boolean replace;

    @Override
    public Integer call() {
        Localization i18n = parent.localization();
        try (Werkbank werkbank = parent.openWerkbank()) {
            if (!replace && !werkbank.isEmpty()) {
                spec.commandLine().getErr().println(i18n.tr("cli.demo.notEmpty", werkbank.dataDirectory().toString()));
                return 1;
            }
            Optional<Path> backup = DemoWerkplaats.load(werkbank, replace);
            var out = spec.commandLine().getOut();
            backup.ifPresent(zip -> out.println(i18n.tr("cli.demo.backup", zip.toString())));
            var info = werkbank.info();
            out.println(i18n.tr("cli.demo.loaded", info.recordCounts().get("organization"),
                    info.recordCounts().get("person"), info.recordCounts().get("team"), info.dataDirectory().toString()));
            return 0;
        }
    }
}
