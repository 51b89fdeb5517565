/** Faces backing beans, each named after its view ({@code LoginPage} ↔ {@code login.xhtml}). */
package dev.grantry.web.page;
