/**
 * The JPA entities of ShareHub's tables, one class per entity, named for their domain
 * ({@code CatalogMaterialEntity}, {@code EngagementEventEntity} …). A host's persistence unit
 * lists them ({@link io.sharehub.jpa.JpaStores#entityClasses()}); the tables come from the bundled
 * schema scripts, never from the provider's schema generation. Not API.
 */
package io.sharehub.jpa.internal.entity;
