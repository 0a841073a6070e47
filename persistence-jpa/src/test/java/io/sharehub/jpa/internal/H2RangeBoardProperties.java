package io.sharehub.jpa.internal;

/** {@link RangeBoardProperties} on H2. */
class H2RangeBoardProperties extends RangeBoardProperties {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
