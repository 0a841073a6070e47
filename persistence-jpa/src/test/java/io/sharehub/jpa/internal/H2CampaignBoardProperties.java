package io.sharehub.jpa.internal;

/** {@link CampaignBoardProperties} on H2. */
class H2CampaignBoardProperties extends CampaignBoardProperties {
    @Override
    TestDatabase database() {
        return TestDatabase.H2;
    }
}
