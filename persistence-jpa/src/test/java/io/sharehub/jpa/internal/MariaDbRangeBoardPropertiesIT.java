package io.sharehub.jpa.internal;

/** {@link RangeBoardProperties} on MariaDB. */
class MariaDbRangeBoardPropertiesIT extends RangeBoardProperties {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
