package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA fission store on MariaDB against the in-memory reference")
class MariaDbFissionStoreIT extends FissionStoreDifferential {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Override
    int runs() {
        return 25;
    }
}
