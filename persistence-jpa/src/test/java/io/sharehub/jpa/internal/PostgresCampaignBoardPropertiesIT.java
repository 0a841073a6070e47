package io.sharehub.jpa.internal;

/** {@link CampaignBoardProperties} on PostgreSQL. */
class PostgresCampaignBoardPropertiesIT extends CampaignBoardProperties {
    @Override
    TestDatabase database() {
        return TestDatabase.POSTGRESQL;
    }
}
