package io.sharehub.store;

import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.engagement.spi.EngagementStore;
import io.sharehub.fission.spi.FissionStore;
import io.sharehub.people.spi.PeopleStore;
import io.sharehub.points.spi.LedgerStore;

/**
 * One set of stores over one storage, with the transactions that span them. Hand a set to
 * {@link io.sharehub.ShareHub.Builder#stores(Stores)}; with none, the hub uses
 * {@link io.sharehub.store.memory.InMemoryStores}.
 *
 * <p>The stores of one set must see each other's writes inside one transaction.
 */
public interface Stores {

    /** @return the transactions spanning every store of this set */
    Transactions transactions();

    /** @return the catalog's store */
    CatalogStore catalog();

    /** @return the engagement store: events, counters, favourites, heat */
    EngagementStore engagement();

    /** @return what ShareHub remembers about people */
    PeopleStore people();
    /** @return the points ledger's and leaderboards' store */
    LedgerStore ledger();

    /** @return fission's store: campaigns, shares, the share graph, visits and referrals */
    FissionStore fission();
}
