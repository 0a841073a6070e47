package io.sharehub.jpa;

import org.junit.jupiter.api.DisplayName;

/** Emoji round-trip byte for byte and ids compare exactly, on H2 2.3. */
@DisplayName("JPA stores on H2 2.3: text and ids")
class TextAndIdsTest extends TextAndIdsCases {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
