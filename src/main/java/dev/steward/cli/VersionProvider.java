package dev.steward.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest (written by the build), or "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    static String version() {
        String v = VersionProvider.class.getPackage().getImplementationVersion();
        return v == null ? "development" : v;
    }

    @Override
    public String[] getVersion() {
        return new String[]{"Steward " + version(), "Java " + System.getProperty("java.version")};
    }
}
