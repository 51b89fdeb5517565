package dev.grantry.service.key;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import dev.grantry.service.token.SampleClaims;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The signing-only limit: signing and serializing one access token (~700 bytes) with Grantry's own key material (the
 * JDK's providers, a signer made once and reused, as {@link SigningKeys} does). Run with as many threads as cores,
 * it is the most tokens per second the machine can sign; the endpoint's rate is measured against it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class SigningBenchmark {

    @Param({"RS256", "ES256"})
    String algorithm;

    private JWSHeader header;
    private JWSSigner signer;
    private JWTClaimsSet claims;

    @Setup
    public void generateKey() {
        var jwk = KeyMaterial.generate(algorithm);
        signer = KeyMaterial.signer(jwk);
        header = new JWSHeader.Builder(JWSAlgorithm.parse(algorithm))
                .type(SigningKeys.ACCESS_TOKEN_TYPE)
                .keyID(jwk.getKeyID())
                .build();
        claims = SampleClaims.accessToken();
    }

    @Benchmark
    public String sign() throws JOSEException {
        SignedJWT jwt = new SignedJWT(header, claims);
        jwt.sign(signer);
        return jwt.serialize();
    }
}
