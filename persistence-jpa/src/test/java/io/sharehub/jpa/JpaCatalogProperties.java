package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.CatalogProperties;
import net.jqwik.api.Label;

/** The catalog properties on the JPA stores, with Hibernate on H2 2.3. */
@Label("JPA stores on H2 2.3: catalog properties")
class JpaCatalogProperties extends CatalogProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.H2.instance().freshStores();
    }
}
