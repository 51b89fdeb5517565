/**
 * Which datasource Grantry's database is: the one ops define with their server's tools under one JNDI name, else the
 * one the application defines itself.
 */
package dev.grantry.persistence.datasource;
