/** Every setting Grantry reads, with its environment name and default, in one immutable object; and its clock. */
package dev.grantry.service.settings;
