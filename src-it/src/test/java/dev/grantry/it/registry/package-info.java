/**
 * Grantry as the token service of a real registry: Debian's {@code docker-registry} (CNCF Distribution 2.8) started
 * on 127.0.0.1 with token authentication pointing at Grantry, driven by {@code skopeo}. Run by the {@code registry}
 * profile only, which needs both packages.
 */
package dev.grantry.it.registry;
