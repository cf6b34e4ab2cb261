package io.parley.bootstrap.support;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.time.Instant;
import java.util.Date;

/** Forges JWTs the way an attacker or a stale client would present them. */
public final class Tokens {
    private Tokens() {}

    /** A copy of {@code token}'s claims, re-signed with {@code secret}, expiring at {@code expiry}. */
    public static String resign(String token, String secret, Instant expiry) {
        try {
            JWTClaimsSet original = SignedJWT.parse(token).getJWTClaimsSet();
            JWTClaimsSet claims = new JWTClaimsSet.Builder(original)
                    .issueTime(Date.from(expiry.minusSeconds(900)))
                    .notBeforeTime(Date.from(expiry.minusSeconds(900)))
                    .expirationTime(Date.from(expiry))
                    .build();
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (ParseException | JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A builder holding a copy of {@code token}'s claims, to change some before {@link #sign signing} it again. */
    public static JWTClaimsSet.Builder claimsOf(String token) {
        try {
            return new JWTClaimsSet.Builder(SignedJWT.parse(token).getJWTClaimsSet());
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }

    /** {@code claims} signed with HS256 and {@code secret}: a token only someone with the secret could make. */
    public static String sign(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Object claim(String token, String name) {
        try {
            return SignedJWT.parse(token).getJWTClaimsSet().getClaim(name);
        } catch (ParseException e) {
            throw new IllegalStateException(e);
        }
    }
}
