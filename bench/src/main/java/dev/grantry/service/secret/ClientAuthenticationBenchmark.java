package dev.grantry.service.secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Authenticating a confidential client once its record is loaded: decoding HTTP Basic (RFC 6749 §2.3.1) and checking
 * the secret against its stored keyed hash with Grantry's {@link SecretHasher}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClientAuthenticationBenchmark {

    private SecretHasher hasher;
    private String authorization;
    private String storedHash;

    @Setup
    public void register() {
        hasher = new SecretHasher();
        hasher.serverSecrets = new FixedPepper();
        String clientId = RandomSecrets.generate(192);
        String secret = RandomSecrets.generate(256);
        storedHash = hasher.hash(secret);
        authorization = "Basic "
                + Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }

    @Benchmark
    public boolean authenticate() {
        String decoded = new String(
                Base64.getDecoder().decode(authorization.substring("Basic ".length())), StandardCharsets.UTF_8);
        String secret = decoded.substring(decoded.indexOf(':') + 1);
        return hasher.matches(secret, storedHash);
    }

    /** A pepper of the production length, without a database to keep it in. */
    static final class FixedPepper extends ServerSecrets {

        private final String pepper = RandomSecrets.generate(256);

        @Override
        public String pepper() {
            return pepper;
        }
    }
}
