/** Fission's storage port, for store authors. */
package io.sharehub.fission.spi;
