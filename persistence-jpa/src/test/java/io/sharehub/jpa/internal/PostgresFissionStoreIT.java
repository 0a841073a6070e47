package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA fission store on PostgreSQL against the in-memory reference")
class PostgresFissionStoreIT extends FissionStoreDifferential {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }

    @Override
    int runs() {
        return 25;
    }
}
