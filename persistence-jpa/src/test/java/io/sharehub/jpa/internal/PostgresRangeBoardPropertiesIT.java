package io.sharehub.jpa.internal;

/** {@link RangeBoardProperties} on PostgreSQL. */
class PostgresRangeBoardPropertiesIT extends RangeBoardProperties {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
