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
        String checkpoints = "[" + checkpoint(key, "/pactos/test", lines.size(), lastHash).json() + "]";
        String keys = keys(key);

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

    @Test
    void a_deleted_event_is_named_by_the_line_the_chain_keeps_for_it() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        String checkpoints = "[" + checkpoint(key, "/pactos/test", lines.size(), hash(lines.get(lines.size() - 1))).json() + "]";

        // the export's line for a chained event whose row is gone: what audit_chain holds of it, no data
        List<String> deleted = new ArrayList<>(lines);
        deleted.set(2, AuditLine.withoutContent("e3", "/pactos/test", 3, hash(lines.get(1)), hash(lines.get(2))));
        Result named = verify(String.join("\n", deleted), checkpoints, keys(key));
        assertThat(named.code()).as(named.output()).isEqualTo(1);
        assertThat(named.output()).contains("chain breaks at position 3 (event e3): its content is missing from the log: the event was"
                + " deleted after it was chained");

        // the event and its chain row both gone: a gap, still named by position
        List<String> gone = new ArrayList<>(lines);
        gone.remove(2);
        Result gap = verify(String.join("\n", gone), checkpoints, keys(key));
        assertThat(gap.code()).as(gap.output()).isEqualTo(1);
        assertThat(gap.output()).contains("chain breaks at position 3 (event unknown): it is missing from the export");
    }

    @Test
    void a_checkpoint_naming_a_key_not_among_the_keys_fails() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        String checkpoints = "[" + checkpoint(key, "/pactos/test", lines.size(), hash(lines.get(lines.size() - 1))).json()
                .replace("\"keyId\":\"k1\"", "\"keyId\":\"k9\"") + "]";

        Result unknown = verify(String.join("\n", lines), checkpoints, keys(key));

        assertThat(unknown.code()).as(unknown.output()).isEqualTo(1);
        assertThat(unknown.output()).contains("checkpoint at position 4").contains("names key k9, which is not among the keys");
    }

    @Test
    void a_member_twice_in_a_line_or_a_checkpoint_is_refused() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        String checkpoint = checkpoint(key, "/pactos/test", lines.size(), hash(lines.get(lines.size() - 1))).json();

        // a second "data" member: which of the two the hash covers depends on the reader
        List<String> doubled = new ArrayList<>(lines);
        doubled.set(1, doubled.get(1).replace("\"data\":{", "\"data\":{\"amount\":1},\"data\":{"));
        Result line = verify(String.join("\n", doubled), "[" + checkpoint + "]", keys(key));
        assertThat(line.code()).as(line.output()).isEqualTo(1);
        assertThat(line.output()).contains("chain breaks at position 2 (event e2, line 2): the member \"data\" appears twice");

        // in the data as well
        List<String> nested = new ArrayList<>(lines);
        nested.set(0, nested.get(0).replace("\"goalId\":\"mp-1\"", "\"goalId\":\"mp-1\",\"goalId\":\"mp-2\""));
        Result inData = verify(String.join("\n", nested), "[" + checkpoint + "]", keys(key));
        assertThat(inData.code()).as(inData.output()).isEqualTo(1);
        assertThat(inData.output()).contains("chain breaks at position 1 (event e1, line 1): the member \"goalId\" appears twice");

        Result inCheckpoints = verify(String.join("\n", lines), "[" + checkpoint.replace("{", "{\"position\":1,") + "]", keys(key));
        assertThat(inCheckpoints.code()).as(inCheckpoints.output()).isEqualTo(1);
        assertThat(inCheckpoints.output()).contains("the member \"position\" appears twice");
    }

    @Test
    void a_checkpoints_file_of_both_services_verifies_each_export_with_its_own_checkpoints() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        KeyPair otherKey = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        // the other service's checkpoints: other positions, another hash, a key the keys file of this export does not hold
        String mixed = "[" + checkpoint(otherKey, "/pactos/other", 2, "a".repeat(64)).json() + ","
                + checkpoint(key, "/pactos/test", 3, hash(lines.get(2))).json() + ","
                + checkpoint(otherKey, "/pactos/other", 90, "b".repeat(64)).json() + "]";

        Result ok = verify(String.join("\n", lines), mixed, keys(key));

        assertThat(ok.code()).as(ok.output()).isZero();
        assertThat(ok.output()).startsWith("OK: 4 events of /pactos/test chain from position 1 to 4; 1 checkpoint verified")
                .contains("the last at position 3").contains("2 checkpoints of other origins passed over");

        // the checkpoints decide which log is checked, not the export: checkpoints of another service only refuse it
        String others = "[" + checkpoint(otherKey, "/pactos/other", 2, "a".repeat(64)).json() + "]";
        Result another = verify(String.join("\n", lines), others, keys(key));
        assertThat(another.code()).as(another.output()).isEqualTo(1);
        assertThat(another.output()).contains("the export is the log of /pactos/test, but the checkpoints are of /pactos/other");
        Result anotherAllowed = verify(String.join("\n", lines), others, keys(key), "--allow-unsigned");
        assertThat(anotherAllowed.code()).as(anotherAllowed.output()).isEqualTo(1);
        // named with --origin, that log has nothing signed
        Result named = verify(String.join("\n", lines), others, keys(key), "--origin", "/pactos/test");
        assertThat(named.code()).as(named.output()).isEqualTo(1);
        assertThat(named.output()).contains("nothing is signed: no checkpoint of /pactos/test covers any position of the export");
        // checkpoints of two other services, and an export of a third: which log is meant must be said
        String twoOthers = "[" + checkpoint(otherKey, "/pactos/other", 2, "a".repeat(64)).json() + ","
                + checkpoint(otherKey, "/pactos/third", 2, "c".repeat(64)).json() + "]";
        Result unnamed = verify(String.join("\n", lines), twoOthers, keys(key), "--allow-unsigned");
        assertThat(unnamed.code()).as(unnamed.output()).isEqualTo(1);
        assertThat(unnamed.output()).contains("name the log to check with --origin");
    }

    @Test
    void an_emptied_export_fails_against_the_checkpoints_of_its_log() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        String checkpoints = "[" + checkpoint(key, "/pactos/test", 3, hash(lines.get(2))).json() + "]";

        Result empty = verify("", checkpoints, keys(key), "--allow-unsigned");

        assertThat(empty.code()).as(empty.output()).isEqualTo(1);
        assertThat(empty.output()).contains("the export ends at position 0").contains("events are missing at the end");
    }

    @Test
    void an_export_no_checkpoint_covers_fails_unless_unsigned_is_allowed() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();

        Result unsigned = verify(String.join("\n", lines), "[]", keys(key));
        assertThat(unsigned.code()).as(unsigned.output()).isEqualTo(1);
        assertThat(unsigned.output()).startsWith("FAILED: nothing is signed").contains("--allow-unsigned");

        Result allowed = verify(String.join("\n", lines), "[]", keys(key), "--allow-unsigned");
        assertThat(allowed.code()).as(allowed.output()).isZero();
        assertThat(allowed.output()).startsWith("OK (unsigned, --allow-unsigned): 4 events of /pactos/test chain from position 1 to 4");

        // allowed unsigned, the chain is still checked
        List<String> edited = new ArrayList<>(lines);
        edited.set(1, edited.get(1).replace("11224170162", "11224170163"));
        Result broken = verify(String.join("\n", edited), "[]", keys(key), "--allow-unsigned");
        assertThat(broken.code()).as(broken.output()).isEqualTo(1);
        assertThat(broken.output()).contains("chain breaks at position 2 (event e2): its content does not match its hash");
    }

    @Test
    void an_export_cut_off_in_the_middle_of_a_line_names_the_line_and_the_last_position_that_verified() throws Exception {
        KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        List<String> lines = lines();
        String checkpoints = "[" + checkpoint(key, "/pactos/test", 2, hash(lines.get(1))).json() + "]";
        String cut = lines.get(0) + "\n" + lines.get(1) + "\n" + lines.get(2).substring(0, lines.get(2).length() / 2);

        Result result = verify(cut, checkpoints, keys(key));

        assertThat(result.code()).as(result.output()).isEqualTo(1);
        assertThat(result.output()).contains("line 3 of ").contains("is not a whole JSON object")
                .contains("it verified up to position 2 (line 2)");
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

    private static Checkpoint checkpoint(KeyPair key, String origin, long position, String hash) throws Exception {
        Checkpoint unsigned = new Checkpoint(origin, position, hash, "2026-11-27T12:00:00Z", "k1", null);
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(key.getPrivate());
        signature.update(CanonicalJson.bytes(unsigned.signed()));
        return new Checkpoint(origin, position, hash, unsigned.signedAt(), "k1", Base64.getEncoder().encodeToString(signature.sign()));
    }

    private static String keys(KeyPair key) {
        return "[{\"keyId\":\"k1\",\"algorithm\":\"Ed25519\",\"publicKey\":\""
                + Base64.getEncoder().encodeToString(key.getPublic().getEncoded()) + "\"}]";
    }

    private static String hash(String line) {
        return line.substring(line.indexOf("\"hash\":\"") + 8, line.indexOf("\"hash\":\"") + 72);
    }

    private record Result(int code, String output) {
    }

    private Result verify(String events, String checkpoints, String keys, String... flags) throws IOException, InterruptedException {
        Path eventsFile = Files.writeString(dir.resolve("events.ndjson"), events);
        Path checkpointsFile = Files.writeString(dir.resolve("checkpoints.json"), checkpoints);
        Path keysFile = Files.writeString(dir.resolve("keys.json"), keys);
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                verifier().toString(), "--events", eventsFile.toString(), "--checkpoints", checkpointsFile.toString(),
                "--keys", keysFile.toString()));
        command.addAll(List.of(flags));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
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
