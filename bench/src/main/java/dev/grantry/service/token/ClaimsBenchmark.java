package dev.grantry.service.token;

import com.nimbusds.jwt.JWTClaimsSet;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Building one access token's claims: a new random {@code jti}, the times, the scopes (RFC 9068 §2.2). */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ClaimsBenchmark {

    @Benchmark
    public JWTClaimsSet buildClaims() {
        return SampleClaims.accessToken();
    }
}
