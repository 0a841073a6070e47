/** Fission tracking's implementation. Not API. */
package io.sharehub.fission.internal;
