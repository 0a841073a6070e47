/** People's implementation. Not API. */
package io.sharehub.people.internal;
