package io.sharehub.testkit;

import io.sharehub.ShareHub;
import io.sharehub.store.Stores;

/**
 * What one contract test runs on: a hub built over a fresh store set, and the clock it runs on.
 *
 * @param hub the hub under test
 * @param stores its stores
 * @param clock its clock; tests move it
 */
public record ContractFixture(ShareHub hub, Stores stores, MutableClock clock) {
}
