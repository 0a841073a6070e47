package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.EngagementProperties;
import net.jqwik.api.Label;

/** The engagement properties on the JPA stores, with Hibernate on PostgreSQL 15. */
@Label("JPA stores on PostgreSQL 15: engagement properties")
class PostgresEngagementPropertiesIT extends EngagementProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.POSTGRESQL.instance().freshStores();
    }
}
