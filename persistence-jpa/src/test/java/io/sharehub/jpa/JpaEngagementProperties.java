package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.EngagementProperties;
import net.jqwik.api.Label;

/** The engagement properties on the JPA stores, with Hibernate on H2 2.3. */
@Label("JPA stores on H2 2.3: engagement properties")
class JpaEngagementProperties extends EngagementProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.H2.instance().freshStores();
    }
}
