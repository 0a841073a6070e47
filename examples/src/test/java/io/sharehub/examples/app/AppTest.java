package io.sharehub.examples.app;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The app's test context: one for every test class that carries this annotation (Spring caches it),
 * on an in-memory H2 database seeded once.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(classes = EvaluationApp.class, properties = {
    "spring.datasource.url=jdbc:h2:mem:sharehub-app-test;DB_CLOSE_DELAY=-1",
    "sharehub.export.temp-folder=target/export-tmp"})
@AutoConfigureMockMvc
@interface AppTest {
}
