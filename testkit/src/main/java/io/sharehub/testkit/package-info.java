/**
 * The ShareHub contract kit: {@link io.sharehub.testkit.StorageContract}, which every store set
 * must pass, fixtures, and a {@link io.sharehub.testkit.MutableClock}. A store author extends
 * {@code StorageContract} in a short test class and implements {@code stores()}.
 */
package io.sharehub.testkit;
