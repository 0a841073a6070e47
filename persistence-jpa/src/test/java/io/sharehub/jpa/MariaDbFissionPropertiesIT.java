package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.FissionProperties;
import net.jqwik.api.Label;

/** The fission properties on the JPA stores, with Hibernate on MariaDB 10.11. */
@Label("JPA stores on MariaDB 10.11: fission properties")
class MariaDbFissionPropertiesIT extends FissionProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.MARIADB.instance().freshStores();
    }
}
