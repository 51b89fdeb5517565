package dev.grantry.web;

import jakarta.ws.rs.core.Application;

/**
 * Grantry's Jakarta REST application: every resource and provider in this WAR. It has no {@code @ApplicationPath}:
 * {@code web.xml} maps it as the default servlet ({@code /}), so that the protocol endpoints keep their root paths
 * ({@code /oauth/token}, {@code /.well-known/…}, Gitea's {@code /login/oauth/…}, Gancio's {@code /authorize}) while
 * Faces keeps {@code *.xhtml}: a servlet container prefers an extension mapping to the default servlet.
 */
public class GrantryApplication extends Application {}
