package io.sharehub.examples.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.sharehub.examples.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** The jar's entry point: options for Spring Boot start the app, which prints its URL when ready. */
@ExtendWith(OutputCaptureExtension.class)
class StartTest {

    @Test
    @DisplayName("the app starts on its own, prints the URL it listens on, and serves the home page there")
    void printsItsUrl() throws Exception {
        PrintStream console = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        ConfigurableApplicationContext app = null;
        try {
            app = EvaluationApp.start(new String[] {"--server.port=0", "--demo.seed=false",
                "--spring.datasource.url=jdbc:h2:mem:sharehub-start-test;DB_CLOSE_DELAY=-1"});
        } finally {
            System.setOut(console);
        }
        try {
            int port = ((WebServerApplicationContext) app).getWebServer().getPort();
            String printed = out.toString(StandardCharsets.UTF_8);
            assertThat(printed).contains("http://localhost:" + port + "/");
            var response = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/")).build(),
                    java.net.http.HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.body()).contains("素材中心");
        } finally {
            app.close();
        }
    }

    @Test
    @DisplayName("a subcommand runs the command line without Spring; no subcommand there is a usage error")
    void commandLine() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = Main.run(java.util.List.of("nope"), new PrintStream(new ByteArrayOutputStream(), true,
                StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(status).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown subcommand 'nope'", "search", "replay");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        assertThat(Main.run(java.util.List.of("demo"), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))).isZero();
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("陶瓷刹车片产品手册");
    }

    @Test
    @DisplayName("a second app on a demo database another process holds stops at once and says what to do")
    void demoDatabaseInUse(@TempDir Path folder, CapturedOutput output) throws Exception {
        Path file = folder.resolve("sharehub.mv.db");
        Files.writeString(file, "");
        String url = "jdbc:h2:file:" + folder.resolve("sharehub") + ";DB_CLOSE_ON_EXIT=FALSE";
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThatThrownBy(() -> EvaluationApp.start(new String[] {"--server.port=0", "--demo.seed=false",
                "--spring.datasource.url=" + url})).isInstanceOf(DemoDatabaseCheck.InUse.class);
        }
        assertThat(output.getOut() + output.getErr()).contains("APPLICATION FAILED TO START",
                "The demo database " + file.toAbsolutePath().normalize() + " is open in another process",
                "--spring.datasource.url=jdbc:h2:file:./target/other-demo/sharehub");
        // free again, the file passes the check
        DemoDatabaseCheck.check(url);
    }
}
