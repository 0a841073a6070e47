package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** The schema check on H2. */
@DisplayName("JPA stores on H2 2.3: the schema check")
class SchemaCheckTest extends SchemaCheckCases {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
