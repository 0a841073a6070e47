/** The storage port for what ShareHub remembers about people, for store authors. */
package io.sharehub.people.spi;
