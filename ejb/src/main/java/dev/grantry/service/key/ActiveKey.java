package dev.grantry.service.key;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;

/**
 * The key that signs new access tokens: its id, the JWS header every token gets (RFC 9068 §2.1) and its signer,
 * all made once and shared by every request.
 */
public record ActiveKey(String kid, JWSHeader header, JWSSigner signer) {}
