/** Heat scores' implementation. Not API. */
package io.sharehub.heat.internal;
