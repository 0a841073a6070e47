package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.VisitBatchProperties;
import net.jqwik.api.Label;

/** visitAll records what visit records one by one, on the JPA stores, with Hibernate on H2 2.3. */
@Label("JPA stores on H2 2.3: visitAll equals visit one by one")
class JpaVisitBatchProperties extends VisitBatchProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.H2.instance().freshStores();
    }
}
