/**
 * People as ShareHub knows them: opaque ids, units, owners (所属人) and identity merges. Reach it
 * through {@link io.sharehub.ShareHub#people()}.
 */
package io.sharehub.people;
