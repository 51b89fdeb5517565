/** Grantry's web layer: protocol endpoints and pages. Thin: parse, call a service, render. */
package dev.grantry.web;
