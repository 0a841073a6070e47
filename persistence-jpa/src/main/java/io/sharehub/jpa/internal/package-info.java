/** The JPA stores' implementation: entities, SQL and transactions. Not API. */
package io.sharehub.jpa.internal;
