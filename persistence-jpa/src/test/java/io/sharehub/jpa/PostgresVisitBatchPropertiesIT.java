package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.VisitBatchProperties;
import net.jqwik.api.Label;

/** visitAll records what visit records one by one, on the JPA stores, with Hibernate on PostgreSQL 15. */
@Label("JPA stores on PostgreSQL 15: visitAll equals visit one by one")
class PostgresVisitBatchPropertiesIT extends VisitBatchProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.POSTGRESQL.instance().freshStores();
    }
}
