package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.CatalogProperties;
import net.jqwik.api.Label;

/** The catalog properties on the JPA stores, with Hibernate on PostgreSQL 15. */
@Label("JPA stores on PostgreSQL 15: catalog properties")
class PostgresCatalogPropertiesIT extends CatalogProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.POSTGRESQL.instance().freshStores();
    }
}
