package nl.werkbank.app.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest ("dev" when run from the IDE). */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"Werkbank " + (version == null ? "dev" : version)};
    }
}
