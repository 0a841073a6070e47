package io.sharehub.jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.engagement.EngagementEvent;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The wiring docs/jpa.md shows, run for real on H2. */
@DisplayName("JPA stores: the examples of docs/jpa.md")
class JpaExamplesTest {

    @Test
    @DisplayName("plain JPA: a persistence unit naming ShareHub's mapping file, the scripts applied, standalone stores")
    void standalone() {
        // tag::standalone[]
        Map<String, Object> settings = new HashMap<>();
        settings.put("jakarta.persistence.jdbc.url", "jdbc:h2:mem:shop;DB_CLOSE_DELAY=-1");
        settings.put("hibernate.jdbc.batch_size", 50);    // events are inserted in JDBC batches
        settings.put("hibernate.order_inserts", true);
        settings.put("hibernate.order_updates", true);
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("shop", settings);

        JpaSchema.apply(emf, Database.H2);               // once, on an empty schema (or copy the scripts to Flyway)
        JpaStores stores = JpaStores.standalone(emf);    // detects the database, checks the schema
        // end::standalone[]
        try {
            assertThat(stores.database()).isEqualTo(Database.H2);
            ShareHub hub = ShareHub.builder().stores(stores).build();
            hub.catalog().createCategory(CategorySpec.of("brochures", "产品手册"));
            hub.catalog().createMaterial(MaterialSpec.of("M1", "陶瓷刹车片产品手册", "brochures"));
            hub.catalog().publish("M1");
            hub.engagement().record(EngagementEvent.view("evt-1", Viewer.member("U1001"), "M1"));
            assertThat(hub.catalog().search(Viewer.anonymous("a"), SearchRequest.of("刹车片")).items())
                    .extracting(h -> h.material().id()).containsExactly("M1");
            assertThat(hub.engagement().stats("M1").views()).isEqualTo(1);
        } finally {
            emf.close();
        }
    }

    @Test
    @DisplayName("the mapping file declares exactly JpaStores.entityClasses()")
    void mappingFile() throws Exception {
        List<String> declared = new ArrayList<>();
        try (InputStream in = JpaStores.class.getClassLoader().getResourceAsStream(JpaStores.MAPPING_FILE)) {
            NodeList entities = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in)
                    .getElementsByTagName("entity");
            for (int i = 0; i < entities.getLength(); i++) {
                declared.add(((Element) entities.item(i)).getAttribute("class"));
            }
        }
        assertThat(declared).containsExactlyInAnyOrderElementsOf(
                JpaStores.entityClasses().stream().map(Class::getName).toList());
    }

    @Test
    @DisplayName("joining the host's transactions: the entity manager of the running transaction and the host's port")
    void host() {
        EntityManagerFactory emf = TestDatabase.H2.instance().emf;
        TestDatabase.H2.instance().clear();
        TestHost host = new TestHost(emf);
        // tag::host[]
        JpaStores stores = JpaStores.builder(emf)
                .currentEntityManager(host::entityManager)   // the EntityManager of the host's running transaction
                .hostTransactions(host)                      // isActive() and afterCommit(Runnable)
                .build();
        // end::host[]
        ShareHub hub = ShareHub.builder().stores(stores).build();
        hub.catalog().createCategory(CategorySpec.of("c", "资料"));
        host.rollback(() -> hub.catalog().createMaterial(MaterialSpec.of("M1", "手册", "c")));
        assertThat(hub.catalog().material(Viewer.admin("a"), "M1")).isEmpty();
        host.commit(() -> hub.catalog().createMaterial(MaterialSpec.of("M1", "手册", "c")));
        assertThat(hub.catalog().material(Viewer.admin("a"), "M1")).isPresent();
        assertThat(JpaStores.entityClasses()).hasSizeGreaterThanOrEqualTo(4)
                .allSatisfy(c -> assertThat(c.getPackageName()).isEqualTo("io.sharehub.jpa.internal.entity"));
        assertThat(List.of(Database.values())).contains(stores.database());
    }
}
