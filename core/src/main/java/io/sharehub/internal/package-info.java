/**
 * Internals shared by the core's packages. Not API: these classes may change or go away in any
 * release, and {@code module-info} does not export them.
 */
package io.sharehub.internal;
