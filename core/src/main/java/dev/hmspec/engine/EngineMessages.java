package dev.hmspec.engine;

import dev.hmspec.data.Problem;
import dev.hmspec.diag.Suggest;
import dev.hmspec.source.Span;
import java.util.Collection;
import java.util.Optional;

/**
 * The catalog of engine and database messages (codes HM250–HM269). A database's own message is
 * quoted as it came, after {@link Secrets#redact} removed any password from it.
 */
public final class EngineMessages {
    private EngineMessages() {}

    private static Problem error(String code, Span span, String message, Optional<String> help) {
        return new Problem(code, message, help, span, false);
    }

    private static String q(String s) { return "\"" + s + "\""; }

    public static Problem unknownConnection(String name, Collection<String> known, String where, Span span) {
        Optional<String> help = Suggest.didYouMean(name, known);
        return error("HM250", span, "no connection named " + q(name),
                help.or(() -> Optional.of("define " + name + ".url (and .user, .password) in " + where
                        + ", or set HMSPEC_CONNECTION_" + Connections.envName(name) + "_URL")));
    }

    public static Problem missingDriver(String url, String artifact, Span span) {
        return error("HM251", span, "no JDBC driver for " + q(url),
                Optional.of(artifact == null ? "put the database's JDBC driver jar on the class path"
                        : "add the JDBC driver " + artifact + " to the class path (Maven: a dependency of the plugin)"));
    }

    public static Problem cannotConnect(String url, String reason, Span span) {
        return error("HM252", span, "cannot connect to " + q(url) + ": " + reason,
                Optional.of("check the URL, that the server runs and accepts connections, and the credentials"));
    }

    public static Problem queryFailed(String what, String reason, Span span) {
        return error("HM253", span, "the database rejected the " + what + ": " + reason, Optional.empty());
    }

    public static Problem unknownTable(String table, Collection<String> tables, Span span) {
        Optional<String> help = Suggest.didYouMean(table, tables);
        return error("HM254", span, "the database has no table " + q(table), help);
    }

    public static Problem timedOut(int seconds, Span span) {
        return error("HM255", span, "the query ran longer than the " + seconds + " s statement timeout",
                Optional.of("aggregate in the query, or raise the timeout with -Dhmspec.sql.timeout=SECONDS"));
    }

    public static Problem needsDuckDb(String path, String what, Span span) {
        return error("HM256", span, "reading " + q(path) + " needs the DuckDB engine (" + what + ")",
                Optional.of("add the dependency dev.hmspec:hmspec-duckdb (the CLI and the Maven plugin include it)"));
    }

    public static Problem noFilesMatch(String glob, Span span) {
        return error("HM257", span, "no file matches " + q(glob), Optional.of("globs are relative to the spec file's folder"));
    }

    public static Problem readFailed(String data, String reason, Span span) {
        return error("HM258", span, "DuckDB could not read " + q(data) + ": " + reason, Optional.empty());
    }

    public static Problem badConnectionFile(String file, String reason, Span span) {
        return error("HM259", span, "cannot read the connections file " + file + ": " + reason, Optional.empty());
    }
}
