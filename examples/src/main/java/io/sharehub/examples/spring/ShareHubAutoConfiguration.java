package io.sharehub.examples.spring;

import io.sharehub.ShareHub;
import io.sharehub.export.CsvReportWriter;
import io.sharehub.fission.FissionListener;
import io.sharehub.fission.TokenKeys;
import io.sharehub.heat.HeatConfig;
import io.sharehub.jpa.Database;
import io.sharehub.jpa.HostTransactions;
import io.sharehub.jpa.JpaSchema;
import io.sharehub.jpa.JpaStores;
import io.sharehub.jpa.SchemaMismatchException;
import io.sharehub.people.ProfileDirectory;
import io.sharehub.points.LeaderboardCacheConfig;
import io.sharehub.poi.XlsxReportWriter;
import io.sharehub.poster.PosterRenderer;
import io.sharehub.store.Stores;
import io.sharehub.zxing.ZxingPosterRenderer;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.orm.jpa.EntityManagerFactoryBuilderCustomizer;
import org.springframework.boot.autoconfigure.orm.jpa.HibernateJpaAutoConfiguration;
import org.springframework.boot.autoconfigure.orm.jpa.HibernatePropertiesCustomizer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.orm.jpa.SharedEntityManagerCreator;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Wires ShareHub from Spring beans. Every bean backs off when the application defines its own of
 * the same type, so a host overrides exactly what it needs (its own {@link Stores}, a
 * {@link PosterRenderer} with its brand font, a {@link Clock}); a {@link ProfileDirectory} bean and
 * {@link FissionListener} beans are handed to the hub when present.
 *
 * <p>With Spring Data JPA on the classpath, the stores use the application's
 * {@link EntityManagerFactory}: ShareHub's mapping file is added to the persistence unit, and
 * ShareHub joins Spring's transactions through {@link SpringHostTransactions}. Registered in
 * {@code META-INF/spring/org.springframework.boot.autoconfigure.AutoConfiguration.imports}.
 */
@AutoConfiguration(after = HibernateJpaAutoConfiguration.class)
@ConditionalOnClass(ShareHub.class)
@EnableConfigurationProperties(ShareHubProperties.class)
public class ShareHubAutoConfiguration {
    private static final Logger LOG = LoggerFactory.getLogger(ShareHubAutoConfiguration.class);

    /**
     * The hub.
     *
     * @param properties the {@code sharehub.*} settings
     * @param stores the stores (in memory when there are none)
     * @param clock the clock (the system's when there is none)
     * @param profiles the host's directory of people, if any
     * @param posters the poster renderer, if any
     * @param listeners the fission listeners
     * @return the hub
     */
    @Bean
    @ConditionalOnMissingBean
    public ShareHub shareHub(ShareHubProperties properties, ObjectProvider<Stores> stores, ObjectProvider<Clock> clock,
            ObjectProvider<ProfileDirectory> profiles, ObjectProvider<PosterRenderer> posters,
            ObjectProvider<FissionListener> listeners) {
        ShareHub.Builder builder = ShareHub.builder()
                .zone(ZoneId.of(properties.getZone()))
                .fission(properties.getFission().toConfig())
                .shareUrl(shareUrl(properties.getShareUrl()));
        stores.ifAvailable(builder::stores);
        clock.ifAvailable(builder::clock);
        profiles.ifAvailable(builder::profiles);
        posters.ifAvailable(builder::posterRenderer);
        listeners.orderedStream().forEach(builder::listener);
        if (!properties.getTokenKeys().isEmpty()) {
            Map<Integer, byte[]> keys = new TreeMap<>();
            properties.getTokenKeys().forEach((id, secret) -> keys.put(id, secret.getBytes(StandardCharsets.UTF_8)));
            builder.tokenKeys(TokenKeys.of(keys));
        }
        if (properties.getHeat().getHalfLife() != null) {
            builder.heat(HeatConfig.custom().halfLife(properties.getHeat().getHalfLife()).build());
        }
        ShareHubProperties.LeaderboardCache cache = properties.getLeaderboardCache();
        if (cache.isEnabled()) {
            builder.leaderboardCache(LeaderboardCacheConfig.custom().staleness(cache.getStaleness())
                    .depth(cache.getDepth()).build());
        }
        return builder.build();
    }

    /**
     * A share link from the template: {@code {token}} replaced; a relative link is made absolute
     * against the request being served (outside a request it stays relative).
     */
    static Function<String, String> shareUrl(String template) {
        if (template == null || !template.contains("{token}")) {
            throw new IllegalArgumentException("sharehub.share-url must contain {token}, but was '" + template + "'");
        }
        return token -> {
            String link = template.replace("{token}", token);
            if (link.startsWith("/") && RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes) {
                return ServletUriComponentsBuilder.fromCurrentContextPath().path(link).build().toUriString();
            }
            return link;
        };
    }

    /** The CSV writer of reports. @return the writer */
    @Bean
    @ConditionalOnMissingBean
    public CsvReportWriter shareHubCsvWriter() {
        return CsvReportWriter.create();
    }

    /** ShareHub on the application's JPA persistence unit, joining Spring's transactions. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass({JpaStores.class, EntityManagerFactory.class, SharedEntityManagerCreator.class})
    @ConditionalOnProperty(prefix = "sharehub.jpa", name = "enabled", matchIfMissing = true)
    public static class JpaConfiguration {

        /**
         * Adds ShareHub's mapping file to the application's persistence unit, so that nobody has to
         * list its entities.
         *
         * @return the customizer
         */
        @Bean
        public EntityManagerFactoryBuilderCustomizer shareHubMappingFile() {
            return builder -> builder.setPersistenceUnitPostProcessors(
                    unit -> {
                        if (!unit.getMappingFileNames().contains(JpaStores.MAPPING_FILE)) {
                            unit.addMappingFileName(JpaStores.MAPPING_FILE);
                        }
                    });
        }

        /**
         * Turns on JDBC batching, which the stores' event inserts rely on, unless set otherwise.
         *
         * @return the customizer
         */
        @Bean
        public HibernatePropertiesCustomizer shareHubBatching() {
            return settings -> {
                settings.putIfAbsent("hibernate.jdbc.batch_size", 50);
                settings.putIfAbsent("hibernate.order_inserts", true);
                settings.putIfAbsent("hibernate.order_updates", true);
            };
        }

        /** @return the port through which ShareHub joins Spring's transactions */
        @Bean
        @ConditionalOnMissingBean
        public HostTransactions shareHubHostTransactions() {
            return new SpringHostTransactions();
        }

        /**
         * The stores. With {@code sharehub.jpa.create-schema=true}, a database without ShareHub's
         * tables gets them from the bundled scripts first.
         *
         * @param emf the application's factory
         * @param host the transaction port
         * @param dataSource the data source, to create the tables
         * @param properties the settings
         * @return the stores
         */
        @Bean
        @ConditionalOnBean(EntityManagerFactory.class)
        @ConditionalOnMissingBean(Stores.class)
        public JpaStores shareHubStores(EntityManagerFactory emf, HostTransactions host,
                ObjectProvider<DataSource> dataSource, ShareHubProperties properties) {
            ShareHubProperties.Jpa jpa = properties.getJpa();
            DataSource ds = dataSource.getIfAvailable();
            if (jpa.isCreateSchema() && ds != null && !hasShareHubTables(ds)) {
                LOG.info("ShareHub: creating its tables from the bundled scripts (sharehub.jpa.create-schema)");
                JpaSchema.apply(ds);
            }
            EntityManager current = SharedEntityManagerCreator.createSharedEntityManager(emf);
            try {
                JpaStores.Builder builder = JpaStores.builder(emf);
                if (ds != null) {
                    builder.database(database(ds));
                }
                return builder
                        .currentEntityManager(() -> current)
                        .hostTransactions(host)
                        .checkSchema(jpa.isCheckSchema())
                        .maxAttempts(jpa.getMaxAttempts())
                        .build();
            } catch (SchemaMismatchException e) {
                throw new IllegalStateException(e.getMessage() + (jpa.isCreateSchema() ? ""
                        : "\n(set sharehub.jpa.create-schema=true to create the tables in an empty database)"), e);
            }
        }

        /** The database, from the data source's metadata (instead of asking the server through JPA). */
        private static Database database(DataSource ds) {
            try (Connection connection = ds.getConnection()) {
                return JpaSchema.database(connection.getMetaData());
            } catch (SQLException e) {
                throw new IllegalStateException("ShareHub could not read the database's metadata: " + e.getMessage(), e);
            }
        }

        private static boolean hasShareHubTables(DataSource ds) {
            try (Connection connection = ds.getConnection()) {
                DatabaseMetaData meta = connection.getMetaData();
                for (String name : new String[] {"sh_material", "SH_MATERIAL"}) {
                    try (ResultSet tables = meta.getTables(connection.getCatalog(), null, name, null)) {
                        if (tables.next()) {
                            return true;
                        }
                    }
                }
                return false;
            } catch (SQLException e) {
                throw new IllegalStateException("ShareHub could not read the database's tables: " + e.getMessage(), e);
            }
        }
    }

    /** Share posters with QR codes, when {@code sharehub-poster-zxing} is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(ZxingPosterRenderer.class)
    public static class PosterConfiguration {
        /** @return the renderer */
        @Bean
        @ConditionalOnMissingBean
        public PosterRenderer shareHubPosterRenderer() {
            return ZxingPosterRenderer.create();
        }
    }

    /** XLSX export, when {@code sharehub-export-poi} is on the classpath. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(XlsxReportWriter.class)
    public static class XlsxConfiguration {
        /**
         * @param properties the settings
         * @return the writer
         */
        @Bean
        @ConditionalOnMissingBean
        public XlsxReportWriter shareHubXlsxWriter(ShareHubProperties properties) {
            XlsxReportWriter.Builder builder = XlsxReportWriter.builder();
            if (properties.getExport().getTempFolder() != null) {
                builder.tempFolder(properties.getExport().getTempFolder());
            }
            return builder.build();
        }
    }
}
