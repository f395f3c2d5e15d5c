package nl.werkbank.app.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import nl.werkbank.app.i18n.Localization;
import nl.werkbank.core.Werkbank;
import nl.werkbank.core.storage.DatabaseInfo;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code werkbank info [--json]}: data folder, schema version and record counts. */
@Command(name = "info", mixinStandardHelpOptions = true)
final class InfoCommand implements Callable<Integer> {

    @ParentCommand
    private WerkbankCommand parent;

    @Spec
    private CommandSpec spec;

    @Option(names = "--json", descriptionKey = "cli.info.json")
    private boolean json;

    @Override
    public Integer call() throws Exception {
        DatabaseInfo info;
        try (Werkbank werkbank = parent.openWerkbank()) {
            info = werkbank.info();
        }
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(toJson(info));
        } else {
            printText(info, parent.localization(), out);
        }
        return 0;
    }

    static String toJson(DatabaseInfo info) throws Exception {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("dataDirectory", info.dataDirectory().toString());
        root.put("schemaVersion", info.schemaVersion());
        root.put("installationId", String.valueOf(info.installationId()));
        ObjectNode counts = root.putObject("recordCounts");
        info.recordCounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
        root.put("totalRecords", info.totalRecords());
        return mapper.writeValueAsString(root);
    }

    private static void printText(DatabaseInfo info, Localization i18n, PrintWriter out) {
        out.println(i18n.tr("info.dataDirectory") + ": " + info.dataDirectory());
        out.println(i18n.tr("info.schemaVersion") + ": " + info.schemaVersion());
        out.println(i18n.tr("info.installation") + ": " + info.installationId());
        out.println(i18n.tr("info.counts") + ":");
        info.recordCounts().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                .forEach(entry -> out.printf("  %-22s %8d%n", i18n.tr("info.table." + entry.getKey()), entry.getValue()));
    }
}
