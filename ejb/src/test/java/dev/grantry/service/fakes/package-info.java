/** Hand-written in-memory fakes of repositories and services for unit tests. */
package dev.grantry.service.fakes;
