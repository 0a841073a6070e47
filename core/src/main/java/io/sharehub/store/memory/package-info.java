/**
 * Thread-safe in-memory stores: the reference implementation of every port, and the default.
 */
package io.sharehub.store.memory;
