package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.EngagementProperties;
import net.jqwik.api.Label;

/** The engagement properties on the JPA stores, with Hibernate on MariaDB 10.11. */
@Label("JPA stores on MariaDB 10.11: engagement properties")
class MariaDbEngagementPropertiesIT extends EngagementProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.MARIADB.instance().freshStores();
    }
}
