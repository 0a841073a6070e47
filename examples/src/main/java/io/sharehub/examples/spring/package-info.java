/**
 * ShareHub wired from Spring beans: an auto-configuration with its settings under {@code sharehub.*},
 * written so that it can move into a Spring Boot starter unchanged. The evaluation app uses it; a
 * host application copies this package or, once published, depends on the starter.
 *
 * <p>What it gives, each bean only when the application has not defined its own: the JPA stores on
 * the application's {@code EntityManagerFactory} joining Spring's transactions
 * ({@link io.sharehub.examples.spring.SpringHostTransactions}), the {@link io.sharehub.ShareHub} hub,
 * the ZXing poster renderer, and the CSV and XLSX report writers.
 */
package io.sharehub.examples.spring;
