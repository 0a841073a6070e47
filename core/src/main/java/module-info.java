/**
 * ShareHub core: all domain rules and public APIs, the storage ports, the in-memory stores and
 * CSV export. Depends on SLF4J's API and Caffeine only.
 */
module io.sharehub.core {
    requires org.slf4j;
    requires com.github.benmanes.caffeine;

    exports io.sharehub;
    exports io.sharehub.access;
    exports io.sharehub.catalog;
    exports io.sharehub.catalog.spi;
    exports io.sharehub.engagement;
    exports io.sharehub.engagement.spi;
    exports io.sharehub.export;
    exports io.sharehub.fission;
    exports io.sharehub.fission.spi;
    exports io.sharehub.heat;
    exports io.sharehub.people;
    exports io.sharehub.people.spi;
    exports io.sharehub.points;
    exports io.sharehub.points.spi;
    exports io.sharehub.poster;
    exports io.sharehub.report;
    exports io.sharehub.store;
    exports io.sharehub.store.memory;
}
