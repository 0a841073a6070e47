package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.CatalogProperties;
import net.jqwik.api.Label;

/** The catalog properties on the JPA stores, with Hibernate on MariaDB 10.11. */
@Label("JPA stores on MariaDB 10.11: catalog properties")
class MariaDbCatalogPropertiesIT extends CatalogProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.MARIADB.instance().freshStores();
    }
}
