/**
 * The registry token service: the realm of the Docker Registry v2 bearer token specification
 * (<a href="https://distribution.github.io/distribution/spec/auth/token/">token</a>,
 * <a href="https://distribution.github.io/distribution/spec/auth/jwt/">JWT</a> and
 * <a href="https://distribution.github.io/distribution/spec/auth/scope/">scope</a>), as CNCF Distribution verifies it.
 * A caller — a user, a robot account, an OAuth access token under the username {@code $oauthtoken} (Quay's
 * convention), or nobody — asks for actions on repositories; the token grants the intersection of what was asked and
 * what that caller may do.
 */
package dev.grantry.service.registry;
