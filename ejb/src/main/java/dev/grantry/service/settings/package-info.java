/** Every setting Grantry reads, with its environment name and default, in one immutable object. */
package dev.grantry.service.settings;
