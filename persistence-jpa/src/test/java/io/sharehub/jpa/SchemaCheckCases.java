package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.ShareHub;
import io.sharehub.StorageException;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.jpa.internal.entity.CatalogCategoryEntity;
import io.sharehub.jpa.internal.entity.CatalogMaterialEntity;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The start-up schema check fails with a typed error naming what is missing or wrong, and the
 * database is detected from a factory that only has a data source.
 */
abstract class SchemaCheckCases {

    /** @return the database under test */
    abstract TestDatabase database();

    @Test
    @DisplayName("an empty schema fails the build, naming every missing table and the script that creates it")
    void emptySchema() {
        TestDatabase.Scratch scratch = database().scratch();
        EntityManagerFactory emf = scratch.factory();
        try {
            assertThatThrownBy(() -> JpaStores.standalone(emf)).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("table sh_category is missing (created by V1_1__catalog.sql)")
                    .hasMessageContaining("table sh_event is missing (created by V1_2__engagement.sql)")
                    .satisfies(e -> assertThat(((SchemaMismatchException) e).problems())
                            .contains("table sh_person is missing (created by V1_3__people.sql)"));
        } finally {
            emf.close();
        }
    }

    @Test
    @DisplayName("a missing column is named with its table")
    void missingColumn() throws SQLException {
        TestDatabase.Scratch scratch = database().scratch();
        try (Connection c = scratch.dataSource().getConnection()) {
            JpaSchema.apply(c, database().database);
        }
        scratch.execute("ALTER TABLE sh_material DROP COLUMN summary");
        EntityManagerFactory emf = scratch.factory();
        try {
            assertThatThrownBy(() -> JpaStores.standalone(emf)).isInstanceOf(SchemaMismatchException.class)
                    .satisfies(e -> assertThat(((SchemaMismatchException) e).problems())
                            .containsExactly("column sh_material.summary is missing (created by V1_1__catalog.sql)"));
        } finally {
            emf.close();
        }
    }

    @Test
    @DisplayName("a persistence unit without ShareHub's entities fails the build, naming them")
    void entitiesNotListed() throws SQLException {
        TestDatabase.Scratch scratch = database().scratch();
        try (Connection c = scratch.dataSource().getConnection()) {
            JpaSchema.apply(c, database().database);
        }
        EntityManagerFactory emf = scratch.factory(List.of(CatalogCategoryEntity.class));
        try {
            assertThatThrownBy(() -> JpaStores.standalone(emf)).isInstanceOf(SchemaMismatchException.class)
                    .hasMessageContaining("does not list entity " + CatalogMaterialEntity.class.getName());
        } finally {
            emf.close();
        }
    }

    @Test
    @DisplayName("a correct schema passes, the database is detected, and with the check off a missing table is a StorageException")
    void detectionAndWrapping() throws SQLException {
        TestDatabase.Scratch scratch = database().scratch();
        EntityManagerFactory emf = scratch.factory();
        try {
            JpaStores unchecked = JpaStores.builder(emf).checkSchema(false).build();
            assertThat(unchecked.database()).isEqualTo(database().database);
            ShareHub hub = ShareHub.builder().stores(unchecked).build();
            assertThatThrownBy(() -> hub.catalog().createCategory(CategorySpec.of("c", "资料")))
                    .isInstanceOf(StorageException.class).hasCauseInstanceOf(PersistenceException.class);

            try (Connection c = scratch.dataSource().getConnection()) {
                JpaSchema.apply(c, database().database);
            }
            JpaStores checked = JpaStores.standalone(emf);
            assertThat(checked.database()).isEqualTo(database().database);
            ShareHub.builder().stores(checked).build().catalog()
                    .createCategory(CategorySpec.of("c", "资料"));
        } finally {
            emf.close();
        }
    }

    @Test
    @DisplayName("a missing index is named with its table and script, and an index a later script drops is not asked for")
    void missingIndex() throws SQLException {
        String drop = "DROP INDEX ledger_campaign_counter_board"
                + (database().database == Database.H2 || database().database == Database.POSTGRESQL ? ""
                        : " ON ledger_campaign_counter");
        assertThat(problemsAfter(drop)).containsExactly("index ledger_campaign_counter_board on ledger_campaign_counter"
                + " is missing (created by V1_6__campaign_board.sql): the queries it serves would scan the table");
    }

    /** Applies the scripts to a scratch schema, runs the statements, and returns the check's problems. */
    List<String> problemsAfter(String... statements) throws SQLException {
        TestDatabase.Scratch scratch = database().scratch();
        try (Connection c = scratch.dataSource().getConnection()) {
            JpaSchema.apply(c, database().database);
        }
        scratch.execute(statements);
        EntityManagerFactory emf = scratch.factory();
        try {
            JpaStores.standalone(emf);
            return List.of();
        } catch (SchemaMismatchException e) {
            return e.problems();
        } finally {
            emf.close();
        }
    }
}
