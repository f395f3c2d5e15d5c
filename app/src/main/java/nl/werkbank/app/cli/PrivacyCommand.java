package nl.werkbank.app.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.people.PersonRow;
import nl.werkbank.core.privacy.PersonErasure;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code werkbank privacy export|erase}: the AVG rights of one person, inzage and vergetelheid. */
@Command(name = "privacy", mixinStandardHelpOptions = true, subcommands = {PrivacyCommand.Export.class, PrivacyCommand.Erase.class})
final class PrivacyCommand implements Callable<Integer> {

    @ParentCommand
    WerkbankCommand parent;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return 2;
    }

    /** Who: by name (exactly one match) or by id. */
    static final class Who {
        @Option(names = "--person", paramLabel = "NAME", descriptionKey = "cli.privacy.person")
        String name;

        @Option(names = "--id", paramLabel = "UUID", descriptionKey = "cli.privacy.id")
        UUID id;

        UUID resolve(Werkbank werkbank, Localization i18n) {
            if (id != null) {
                werkbank.people().get(id);
                return id;
            }
            List<PersonRow> found = werkbank.people().list().stream()
                    .filter(row -> row.person().name().equalsIgnoreCase(name.strip())).toList();
            if (found.size() != 1) {
                throw new CliUsageException(i18n.tr(found.isEmpty() ? "cli.privacy.noPerson" : "cli.privacy.twoPeople", name));
            }
            return found.get(0).person().id();
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true)
    static final class Export implements Callable<Integer> {
        @ParentCommand
        PrivacyCommand privacy;

        @ArgGroup(multiplicity = "1")
        Who who;

        @Option(names = "--out", paramLabel = "FILE", required = true, descriptionKey = "cli.privacy.out")
        Path out;

        @Override
        public Integer call() {
            Localization i18n = privacy.parent.localization();
            try (Werkbank werkbank = privacy.parent.openWerkbank()) {
                UUID person = who.resolve(werkbank, i18n);
                String base = out.getFileName().toString().replaceFirst("\\.(json|xlsx)$", "");
                List<Path> written = werkbank.personData().write(person, out.resolveSibling(base + ".json"),
                        out.resolveSibling(base + ".xlsx"));
                privacy.spec.commandLine().getOut().println(i18n.tr("cli.privacy.exported", written.get(0), written.get(1)));
                return 0;
            }
        }
    }

    @Command(name = "erase", mixinStandardHelpOptions = true)
    static final class Erase implements Callable<Integer> {
        @ParentCommand
        PrivacyCommand privacy;

        @ArgGroup(multiplicity = "1")
        Who who;

        @Option(names = "--yes", descriptionKey = "cli.privacy.yes")
        boolean yes;

        @Override
        public Integer call() {
            Localization i18n = privacy.parent.localization();
            try (Werkbank werkbank = privacy.parent.openWerkbank()) {
                UUID person = who.resolve(werkbank, i18n);
                String name = werkbank.people().get(person).name();
                if (!yes) {
                    privacy.spec.commandLine().getErr().println(i18n.tr("cli.privacy.confirm", name));
                    return 1;
                }
                PersonErasure.Erased erased = werkbank.erasure().erase(person);
                privacy.spec.commandLine().getOut().println(i18n.tr("cli.privacy.erased", name, erased.anonymousName(),
                        erased.roundTexts(), erased.ballots()));
                return 0;
            }
        }
    }
}
