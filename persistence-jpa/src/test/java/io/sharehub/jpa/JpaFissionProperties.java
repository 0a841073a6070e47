package io.sharehub.jpa;

import io.sharehub.store.Stores;
import io.sharehub.testkit.FissionProperties;
import net.jqwik.api.Label;

/** The fission properties on the JPA stores, with Hibernate on H2 2.3. */
@Label("JPA stores on H2 2.3: fission properties")
class JpaFissionProperties extends FissionProperties {
    @Override
    protected Stores stores() {
        return TestDatabase.H2.instance().freshStores();
    }
}
