package dev.memoria.it.redis;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * A certificate authority and a server certificate for 127.0.0.1 and localhost, generated with {@code openssl} into a
 * directory, and the PKCS#12 trust store a Java client needs to trust the server.
 */
public final class Tls {

    private static final String TRUST_STORE_PASSWORD = "memoria-test";

    private final Path dir;

    private Tls(Path dir) {
        this.dir = dir;
    }

    /** Generates a fresh CA and a server certificate signed by it in {@code dir}. */
    static Tls generate(Path dir) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("server.ext"),
                    "subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        openssl(dir, "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", "/CN=Memoria test CA",
                "-keyout", "ca.key", "-out", "ca.crt");
        openssl(dir, "req", "-newkey", "rsa:2048", "-nodes", "-subj", "/CN=127.0.0.1",
                "-keyout", "server.key", "-out", "server.csr");
        openssl(dir, "x509", "-req", "-in", "server.csr", "-CA", "ca.crt", "-CAkey", "ca.key", "-CAcreateserial",
                "-days", "2", "-extfile", "server.ext", "-out", "server.crt");
        Tls tls = new Tls(dir);
        tls.writeTrustStore();
        return tls;
    }

    /** The CA's certificate (PEM), for {@code redis-cli --cacert} and clients that take PEM. */
    public Path caCertificate() {
        return dir.resolve("ca.crt");
    }

    /** A PKCS#12 trust store holding only the CA's certificate; its password is {@link #trustStorePassword()}. */
    public Path trustStore() {
        return dir.resolve("truststore.p12");
    }

    /** The trust store's password. */
    public String trustStorePassword() {
        return TRUST_STORE_PASSWORD;
    }

    Path serverCertificate() {
        return dir.resolve("server.crt");
    }

    Path serverKey() {
        return dir.resolve("server.key");
    }

    private void writeTrustStore() {
        try (InputStream in = Files.newInputStream(caCertificate());
             OutputStream out = Files.newOutputStream(trustStore())) {
            Certificate ca = CertificateFactory.getInstance("X.509").generateCertificate(in);
            KeyStore store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setCertificateEntry("memoria-test-ca", ca);
            store.store(out, TRUST_STORE_PASSWORD.toCharArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void openssl(Path dir, String... args) {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(args));
        RedisServer.run(command, dir);
    }
}
