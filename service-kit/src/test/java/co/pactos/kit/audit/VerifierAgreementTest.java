package co.pactos.kit.audit;

import static org.assertj.core.api.Assertions.assertThat;

import co.pactos.events.CloudEventAttributes;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's side of the chain (AuditLine, CanonicalJson, Checkpoint) and the auditor's (audit/Verify.java, run
 * as {@code java Verify.java} in a JVM of its own) agree, on payloads whose numbers and strings JCS treats specially.
 */
class VerifierAgreementTest {

    private static final String[] PAYLOADS = {
        "{\"goalId\":\"mp-1\",\"target\":12.50,\"baseline\":0,\"statement\":\"Construir 1 plataforma\"}",
        "{\"investmentId\":\"inv-1\",\"amount\":11224170162,\"note\":\"l\u00ednea \\\"uno\\\"\\n\\u0001\",\"emoji\":\"\ud83d\ude00\"}",
        "{\"value\":1E30,\"small\":0.000001,\"tiny\":2e-7,\"list\":[333333333.33333329,-0.0,true,null]}",
        "not json at all"};

    @TempDir
    Path dir;

    @Test
    void an_export_written_by_the_service_verifies_and_a_changed_byte_is_named() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        String last = lines.get(lines.size() - 1);
        String lastHash = last.substring(last.indexOf("\"hash\":\"") + 8, last.indexOf("\"hash\":\"") + 72);
        String checkpoints = "[" + checkpoint(key, lines.size(), lastHash).json() + "]";
        String keys = "[{\"keyId\":\"k1\",\"algorithm\":\"Ed25519\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()) + "\"}]";

        Result ok = verify(String.join("\n", lines) + "\n", checkpoints, keys);
        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).startsWith("OK: 4 events of /pactos/test chain from position 1 to 4; 1 checkpoint verified");

        List<String> edited = new ArrayList<>(lines);
        edited.set(1, edited.get(1).replace("11224170162", "11224170163"));
        Result broken = verify(String.join("\n", edited), checkpoints, keys);
        assertThat(broken.code()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("chain breaks at position 2 (event e2): its content does not match its hash");

        Result forged = verify(String.join("\n", lines), checkpoints.replace(lastHash, lines.get(0).substring(
                lines.get(0).indexOf("\"hash\":\"") + 8, lines.get(0).indexOf("\"hash\":\"") + 72)), keys);
        assertThat(forged.code()).as(forged.output()).isEqualTo(1);
        assertThat(forged.output()).contains("checkpoint at position 4").contains("the signature does not verify with key k1");
    }

    private List<String> lines() {
        List<String> lines = new ArrayList<>();
        String prevhash = AuditLine.GENESIS;
        for (int i = 0; i < PAYLOADS.length; i++) {
            CloudEventAttributes attributes = new CloudEventAttributes("e" + (i + 1), "/pactos/test", "co.pactos.goals.GoalDeclared",
                    Instant.parse("2026-11-27T12:00:00.123456Z").plusSeconds(i), "mp-1", 1, i, "2022-01-01/2022-12-31", "SDSP",
                    "usuario \u00f1", i % 2 == 0 ? "SIGESI" : null, "planeacion", null);
            var line = AuditLine.of(attributes, PAYLOADS[i].getBytes(StandardCharsets.UTF_8), i + 1, prevhash);
            String hash = AuditLine.hash(line);
            lines.add(AuditLine.withHash(line, hash));
            prevhash = hash;
        }
        return lines;
    }

    private static Checkpoint checkpoint(KeyPair key, long position, String hash) throws Exception {
        Checkpoint unsigned = new Checkpoint("/pactos/test", position, hash, "2026-11-27T12:00:00Z", "k1", null);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(CanonicalJson.bytes(unsigned.signed()));
        return new Checkpoint("/pactos/test", position, hash, unsigned.signedAt(), "k1",
                Base64.getEncoder().encodeToString(signature.sign()));
    }

    private record Result(int code, String output) {
    }

    private Result verify(String events, String checkpoints, String keys) throws IOException, InterruptedException {
        Path eventsFile = Files.writeString(dir.resolve("events.ndjson"), events);
        Path checkpointsFile = Files.writeString(dir.resolve("checkpoints.json"), checkpoints);
        Path keysFile = Files.writeString(dir.resolve("keys.json"), keys);
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), verifier().toString(),
                "--events", eventsFile.toString(), "--checkpoints", checkpointsFile.toString(), "--keys", keysFile.toString())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
        return new Result(process.exitValue(), output.strip());
    }

    private static Path verifier() {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("audit/Verify.java"))) {
                return d.resolve("audit/Verify.java");
            }
        }
        throw new IllegalStateException("audit/Verify.java not found");
    }
}
