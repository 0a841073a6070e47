/** Access decisions' implementation. Not API. */
package io.sharehub.access.internal;
