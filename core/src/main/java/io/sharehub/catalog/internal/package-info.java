/** The catalog's implementation. Not API. */
package io.sharehub.catalog.internal;
