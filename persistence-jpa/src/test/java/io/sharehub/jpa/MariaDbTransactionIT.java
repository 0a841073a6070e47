package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.jpa.internal.JpaTransactions;
import io.sharehub.jpa.internal.Sql;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Host and standalone transactions, on MariaDB 10.11. */
@DisplayName("JPA stores on MariaDB 10.11: host and standalone transactions")
class MariaDbTransactionIT extends TransactionCases {
    @Override
    TestDatabase database() {
        return TestDatabase.MARIADB;
    }

    @Test
    @DisplayName("ShareHub's own writes run at READ COMMITTED although the server's default is REPEATABLE READ")
    void writesReadCommitted() {
        JpaTransactions tx = (JpaTransactions) database().instance().freshStores().transactions();
        String level = tx.write(() -> {
            Sql.of("SELECT COUNT(*) FROM sh_material").single(tx.em());
            return String.valueOf(Sql.of("SELECT trx_isolation_level FROM information_schema.innodb_trx"
                    + " WHERE trx_mysql_thread_id = CONNECTION_ID()").single(tx.em()));
        });
        assertThat(level).isEqualTo("READ COMMITTED");
        String session = tx.read(() -> String.valueOf(Sql.of("SELECT @@SESSION.tx_isolation").single(tx.em())));
        assertThat(session).isEqualTo("REPEATABLE-READ");
    }
}
