/** Reports' implementation. Not API. */
package io.sharehub.report.internal;
