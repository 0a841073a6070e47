package io.sharehub.jpa.internal;

/** {@link CampaignBoardProperties} on MariaDB. */
class MariaDbCampaignBoardPropertiesIT extends CampaignBoardProperties {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }
}
