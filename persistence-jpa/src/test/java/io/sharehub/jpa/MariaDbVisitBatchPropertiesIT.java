package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.VisitBatchProperties;
import net.jqwik.api.Label;

/** visitAll records what visit records one by one, on the JPA stores, with Hibernate on MariaDB 10.11. */
@Label("JPA stores on MariaDB 10.11: visitAll equals visit one by one")
class MariaDbVisitBatchPropertiesIT extends VisitBatchProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.MARIADB.instance().freshStores();
    }
}
