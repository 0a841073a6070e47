package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.jpa.internal.Failures;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Which failures are retried: the SQLStates and vendor codes of each database. */
@DisplayName("JPA stores: retryable failures")
class DetectionAndFailuresTest {

    @Test
    @DisplayName("serialization failures, deadlocks, lock timeouts and unique-key races of every database are retryable")
    void retryable() {
        assertThat(Failures.retryable(wrapped(new SQLException("serialization", "40001")))).isTrue();
        assertThat(Failures.retryable(wrapped(new SQLException("pg deadlock", "40P01")))).isTrue();
        assertThat(Failures.retryable(wrapped(new SQLException("pg unique", "23505")))).isTrue();
        assertThat(Failures.retryable(wrapped(new SQLException("maria deadlock", "40001", 1213)))).isTrue();
        assertThat(Failures.retryable(wrapped(new SQLException("maria lock wait", "HY000", 1205)))).isTrue();
        assertThat(Failures.retryable(wrapped(new SQLException("maria duplicate", "23000", 1062)))).isTrue();
        assertThat(Failures.retryable(wrapped(new SQLException("h2 lock timeout", "HYT00", 50200)))).isTrue();
        SQLException chained = new SQLException("batch", "HY000");
        chained.setNextException(new SQLException("deadlock", "40P01"));
        assertThat(Failures.retryable(wrapped(chained))).isTrue();
        assertThat(Failures.retryable(new jakarta.persistence.OptimisticLockException("changed"))).isTrue();
    }

    @Test
    @DisplayName("syntax errors, missing tables, lost connections and plain exceptions are not")
    void notRetryable() {
        assertThat(Failures.retryable(wrapped(new SQLException("syntax", "42601")))).isFalse();
        assertThat(Failures.retryable(wrapped(new SQLException("no table", "42P01")))).isFalse();
        assertThat(Failures.retryable(wrapped(new SQLException("connection lost", "08006")))).isFalse();
        assertThat(Failures.retryable(new IllegalStateException("bug"))).isFalse();
        assertThat(Failures.isPersistence(wrapped(new SQLException("x", "42601")))).isTrue();
        assertThat(Failures.isPersistence(new IllegalStateException("bug"))).isFalse();
    }

    private static PersistenceException wrapped(SQLException e) {
        return new PersistenceException("the provider's words", new RuntimeException(e));
    }
}
