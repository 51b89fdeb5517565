/** Compatibility endpoints that other products' clients call by those products' paths and shapes (Gancio). */
package dev.grantry.web.compat;
