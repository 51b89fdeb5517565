/** What the server tells about itself (Jersey's WADL), served only when {@code grantry.diagnostics.enabled}. */
package dev.grantry.web.diagnostics;
