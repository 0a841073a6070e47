package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Host and standalone transactions, on H2 2.3. */
@DisplayName("JPA stores on H2 2.3: host and standalone transactions")
class TransactionTest extends TransactionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
