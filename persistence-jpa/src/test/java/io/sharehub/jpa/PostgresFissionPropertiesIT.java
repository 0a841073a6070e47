package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.FissionProperties;
import net.jqwik.api.Label;

/** The fission properties on the JPA stores, with Hibernate on PostgreSQL 15. */
@Label("JPA stores on PostgreSQL 15: fission properties")
class PostgresFissionPropertiesIT extends FissionProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.POSTGRESQL.instance().freshStores();
    }
}
