/**
 * The registry token service's endpoints at the root paths registries are configured with: the realm
 * {@code /v2/auth} and the certificate bundle {@code /v2/auth/certs.pem}.
 */
package dev.grantry.web.registry;
