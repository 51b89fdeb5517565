/** Applications (OAuth clients): registration, redirect URI rules, secrets, approval; the one path for each change. */
package dev.grantry.service.client;
