package io.sharehub.examples.app;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The evaluation app: a material center and fission campaigns of an auto-parts maker, on ShareHub
 * over an embedded H2 database, with demo personas to switch between. ShareHub itself is wired by
 * {@link io.sharehub.examples.spring.ShareHubAutoConfiguration}; this package is the host: its
 * people, pages and files.
 */
@SpringBootApplication
public class EvaluationApp {

    /**
     * Starts the app and prints its URL when it is ready.
     *
     * @param args Spring Boot's arguments, e.g. {@code --server.port=9090}
     * @return the running application
     */
    public static ConfigurableApplicationContext start(String[] args) {
        SpringApplication app = new SpringApplication(EvaluationApp.class);
        app.addListeners(new DemoDatabaseCheck());
        app.addListeners((ApplicationListener<ApplicationReadyEvent>) ready -> {
            if (ready.getApplicationContext() instanceof WebServerApplicationContext web) {
                int port = web.getWebServer().getPort();
                PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
                out.println();
                out.println("ShareHub 素材中心演示已启动 / The ShareHub evaluation app is running:");
                out.println("  http://localhost:" + port + "/");
                out.println("  (Ctrl+C to stop; the data is kept in ./target/sharehub-demo, delete it to start over)");
                out.println();
            }
        });
        return app.run(args);
    }
}
