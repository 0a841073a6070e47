package io.sharehub.jpa.internal;

import org.junit.jupiter.api.DisplayName;

@DisplayName("JPA fission store on H2 against the in-memory reference")
class H2FissionStoreTest extends FissionStoreDifferential {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }

    @Override
    int runs() {
        return 12;
    }
}
