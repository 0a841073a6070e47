package io.sharehub.testkit;

import io.sharehub.ShareHub;

/**
 * Base of the contract groups: gives each test the hub of the current {@link ContractFixture}.
 */
public abstract class ContractTest {
    /** @return the fixture of the running test */
    protected abstract ContractFixture fixture();

    /** @return the hub under test */
    protected ShareHub hub() {
        return fixture().hub();
    }

    /** @return the clock the hub runs on */
    protected MutableClock clock() {
        return fixture().clock();
    }
}
