package dev.hmspec.cli;

import picocli.CommandLine;

/** The version from the jar manifest (Implementation-Version), "dev" when run from classes. */
final class Version implements CommandLine.IVersionProvider {
    @Override public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"hmspec " + (v == null ? "dev" : v) + " (Java " + System.getProperty("java.version") + ")"};
    }
}
