package co.pactos.kit.audit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The service's Ed25519 checkpoint key (the JDK's own provider). From {@link AuditSettings#keyFile()} when
 * set (PEM: {@code PRIVATE KEY} then {@code PUBLIC KEY}; the JDK 17 cannot derive an Ed25519 public key
 * from the private one), else generated once and kept in {@code audit_signing_key}. The public part of
 * every key that signed here stays in that table, so older checkpoints can still be checked after a rotation.
 */
public class SigningKeys {

    public static final String ALGORITHM = "Ed25519";
    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z ]+)-----([^-]+)-----END \\1-----");

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final AuditSettings settings;
    private KeyPair pair;
    private String keyId;

    public SigningKeys(JdbcTemplate jdbc, TransactionTemplate transaction, AuditSettings settings) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.settings = settings;
    }

    /** Loaded (or made) at first use, in a transaction of its own, so that start-up needs nothing of the database. */
    private synchronized KeyPair pair() {
        if (pair == null) {
            KeyPair loaded = transaction.execute(status -> {
                KeyPair found = settings.keyFile() != null ? fromFile(Path.of(settings.keyFile())) : fromTable();
                jdbc.update("insert into audit_signing_key (key_id, public_key) values (?, ?) on conflict (key_id) do nothing",
                        keyId(found.getPublic()), found.getPublic().getEncoded());
                return found;
            });
            keyId = keyId(loaded.getPublic());
            pair = loaded;
        }
        return pair;
    }

    public synchronized String keyId() {
        pair();
        return keyId;
    }

    /** Base64 Ed25519 signature of the bytes. */
    public String sign(byte[] bytes) {
        try {
            Signature signature = Signature.getInstance(ALGORITHM);
            signature.initSign(pair().getPrivate());
            signature.update(bytes);
            return Base64.getEncoder().encodeToString(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with " + keyId, e);
        }
    }

    public List<AuditKey> publicKeys() {
        pair();
        return jdbc.query("select key_id, public_key from audit_signing_key order by created_at, key_id",
                (rs, i) -> new AuditKey(rs.getString(1), ALGORITHM, Base64.getEncoder().encodeToString(rs.getBytes(2))));
    }

    /** {@code ed25519-} and the first 16 hex digits of the SHA-256 of the public key's DER. */
    static String keyId(PublicKey key) {
        return "ed25519-" + AuditLine.sha256(key.getEncoded()).substring(0, 16);
    }

    private KeyPair fromTable() {
        jdbc.query("select pg_advisory_xact_lock(?)", rs -> null, 0x70616374_6b657973L); // two instances make one key
        List<KeyPair> stored = jdbc.query("""
                select public_key, private_key from audit_signing_key where private_key is not null order by created_at desc limit 1""",
                (rs, i) -> pair(rs.getBytes(1), rs.getBytes(2)));
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        KeyPair generated = generate();
        jdbc.update("insert into audit_signing_key (key_id, public_key, private_key) values (?, ?, ?)",
                keyId(generated.getPublic()), generated.getPublic().getEncoded(), generated.getPrivate().getEncoded());
        return generated;
    }

    private static KeyPair fromFile(Path file) {
        try {
            if (!Files.exists(file)) {
                KeyPair generated = generate();
                Files.createDirectories(file.toAbsolutePath().getParent());
                Files.writeString(file, pem("PRIVATE KEY", generated.getPrivate().getEncoded())
                        + pem("PUBLIC KEY", generated.getPublic().getEncoded()), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException e) {
                    // not a POSIX file system: the operator protects the file
                }
                return generated;
            }
            String text = Files.readString(file, StandardCharsets.US_ASCII);
            byte[] privateKey = null;
            byte[] publicKey = null;
            Matcher block = PEM.matcher(text);
            while (block.find()) {
                byte[] der = Base64.getMimeDecoder().decode(block.group(2));
                switch (block.group(1)) {
                    case "PRIVATE KEY" -> privateKey = der;
                    case "PUBLIC KEY" -> publicKey = der;
                    default -> {
                    }
                }
            }
            if (privateKey == null || publicKey == null) {
                throw new IllegalStateException("pactos.audit.key-file " + file + " must hold a PEM PRIVATE KEY (PKCS#8) and its PUBLIC KEY");
            }
            return pair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the audit key file " + file, e);
        }
    }

    private static KeyPair pair(byte[] publicKey, byte[] privateKey) {
        try {
            KeyFactory factory = KeyFactory.getInstance(ALGORITHM);
            PublicKey pub = factory.generatePublic(new X509EncodedKeySpec(publicKey));
            PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey));
            return new KeyPair(pub, priv);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the audit signing key is not an Ed25519 key pair", e);
        }
    }

    private static KeyPair generate() {
        try {
            return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK has no Ed25519", e);
        }
    }

    private static String pem(String label, byte[] der) {
        return "-----BEGIN " + label + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + label + "-----\n";
    }
}
