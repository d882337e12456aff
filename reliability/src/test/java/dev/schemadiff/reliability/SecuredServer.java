package dev.schemadiff.reliability;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.List;

/**
 * An embedded PostgreSQL set up as production servers often are: TLS only over TCP (a self-signed
 * certificate made with the JDK's keytool), and a password-protected application role {@code app}
 * beside the trusted superuser.
 */
final class SecuredServer implements AutoCloseable {
    static final String APP_PASSWORD = "Right-Pass-7f3a";
    private static final String STORE_PASSWORD = "changeit";

    private final EmbeddedPostgres postgres;

    SecuredServer(Path workDirectory) {
        try {
            Path keyStore = workDirectory.resolve("server.p12");
            keytool(keyStore);
            postgres = EmbeddedPostgres.builder().setCleanDataDirectory(true)
                    .setServerConfig("ssl", "on")
                    .setServerConfig("ssl_cert_file", "server.crt")
                    .setServerConfig("ssl_key_file", "server.key")
                    .setDataDirectoryCustomizer(dataDirectory -> prepare(dataDirectory.toPath(), keyStore))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("starting the TLS server", e);
        }
        try (Connection connection = DriverManager.getConnection(url("postgres", "sslmode=require"));
             Statement statement = connection.createStatement()) {
            statement.execute("CREATE ROLE app LOGIN PASSWORD '" + APP_PASSWORD + "'");
        } catch (SQLException e) {
            throw new IllegalStateException("preparing the TLS server: " + e.getMessage(), e);
        }
    }

    int port() {
        return postgres.getPort();
    }

    /** A JDBC URL for the superuser, with extra parameters such as {@code sslmode=disable}. */
    String url(String database, String... parameters) {
        return "jdbc:postgresql://localhost:" + port() + "/" + database + "?user=postgres"
                + (parameters.length == 0 ? "" : "&" + String.join("&", parameters));
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    /** TCP connections must use TLS; the superuser is trusted, {@code app} needs its password. */
    private static void prepare(Path dataDirectory, Path keyStore) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12");
            try (InputStream in = Files.newInputStream(keyStore)) {
                store.load(in, STORE_PASSWORD.toCharArray());
            }
            PrivateKey key = (PrivateKey) store.getKey("server", STORE_PASSWORD.toCharArray());
            Certificate certificate = store.getCertificate("server");
            Files.writeString(dataDirectory.resolve("server.crt"), pem("CERTIFICATE", certificate.getEncoded()));
            Path keyFile = Files.writeString(dataDirectory.resolve("server.key"), pem("PRIVATE KEY", key.getEncoded()));
            // PostgreSQL refuses a key file others may read
            Files.setPosixFilePermissions(keyFile, PosixFilePermissions.fromString("rw-------"));
            Files.write(dataDirectory.resolve("pg_hba.conf"), List.of(
                    "local all all trust",
                    "hostnossl all all 0.0.0.0/0 reject",
                    "hostnossl all all ::/0 reject",
                    "hostssl all postgres 127.0.0.1/32 trust",
                    "hostssl all postgres ::1/128 trust",
                    "hostssl all all 127.0.0.1/32 scram-sha-256",
                    "hostssl all all ::1/128 scram-sha-256"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("reading the generated key", e);
        }
    }

    private static void keytool(Path keyStore) throws IOException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "RSA",
                "-keysize", "2048", "-validity", "2", "-dname", "CN=localhost", "-storetype", "PKCS12",
                "-keystore", keyStore.toString(), "-storepass", STORE_PASSWORD, "-keypass", STORE_PASSWORD)
                .redirectErrorStream(true).start();
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException("keytool failed: " + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while keytool ran", e);
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(der) + "\n-----END " + type + "-----\n";
    }
}
