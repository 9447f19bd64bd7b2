package co.pactos.infra.audit;

import co.pactos.infra.PostgresServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;

/**
 * Runs the repository's verifier as an auditor would, {@code java audit/Verify.java --events ... --checkpoints ...
 * --keys ...}, in a JVM of its own (the running JDK's {@code java}), on files the test wrote: what the test checks
 * is the verifier's own code against the service's real export.
 */
public final class AuditVerifier {

    /** The verifier's exit code and what it printed. */
    public record Verdict(int exitCode, String output) {
    }

    private AuditVerifier() {
    }

    public static Verdict verify(String events, String checkpoints, String keys) {
        try {
            Path dir = Files.createTempDirectory("pactos-audit-");
            Path eventsFile = Files.writeString(dir.resolve("events.ndjson"), events, StandardCharsets.UTF_8);
            Path checkpointsFile = Files.writeString(dir.resolve("checkpoints.json"), checkpoints, StandardCharsets.UTF_8);
            Path keysFile = Files.writeString(dir.resolve("keys.json"), keys, StandardCharsets.UTF_8);
            Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    verifier().toString(), "--events", eventsFile.toString(), "--checkpoints", checkpointsFile.toString(),
                    "--keys", keysFile.toString())
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException("the verifier did not finish: " + output);
            }
            return new Verdict(process.exitValue(), output.strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** {@code audit/Verify.java} of the repository the test runs in (found upwards from the module's folder). */
    public static Path verifier() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("audit").resolve("Verify.java");
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("audit/Verify.java not found above " + Path.of("").toAbsolutePath());
    }

    /** Drops and makes again a database, for a test that edits its events in place and must start from an empty log. */
    public static void recreateDatabase(PostgresServer postgres, String database) {
        if (!database.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("not a plain database name: " + database);
        }
        try (Connection connection = DriverManager.getConnection(postgres.jdbcUrl("postgres"), postgres.user(), postgres.password());
             Statement statement = connection.createStatement()) {
            statement.execute("drop database if exists " + database + " with (force)");
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot make database " + database + " again", e);
        }
    }
}
