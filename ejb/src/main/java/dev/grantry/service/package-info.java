/** Grantry's domain services: the one place each operation happens, in one transaction. */
package dev.grantry.service;
