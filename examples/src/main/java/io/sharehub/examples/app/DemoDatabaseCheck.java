package io.sharehub.examples.app;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ApplicationListener;

/**
 * Before anything connects, checks that the app's H2 file database is not open in another process
 * (most often an evaluation app still running in another terminal). H2 locks its file while it is
 * open and refuses a second process with a trace that the JPA start-up buries under a hundred
 * lines about dialects; this check says what happened and what to do instead.
 *
 * <p>Only a plain {@code jdbc:h2:file:} URL is checked: H2's {@code AUTO_SERVER} mode and every
 * other database are left alone.
 */
final class DemoDatabaseCheck implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {
    private static final String PREFIX = "jdbc:h2:file:";

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        check(event.getEnvironment().getProperty("spring.datasource.url"));
    }

    /**
     * @param url the datasource URL
     * @throws InUse if it is an H2 file database another process has open
     */
    static void check(String url) {
        if (url == null || !url.startsWith(PREFIX) || url.toUpperCase(java.util.Locale.ROOT).contains("AUTO_SERVER=TRUE")) {
            return;
        }
        String name = url.substring(PREFIX.length());
        int options = name.indexOf(';');
        if (options >= 0) {
            name = name.substring(0, options);
        }
        if (name.startsWith("~")) {
            name = System.getProperty("user.home") + name.substring(1);
        }
        Path file = Path.of(name + ".mv.db").toAbsolutePath().normalize();
        if (!Files.isRegularFile(file)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            FileLock lock = channel.tryLock();
            if (lock == null) {
                throw new InUse(file);
            }
            lock.release();
        } catch (OverlappingFileLockException e) {
            throw new InUse(file);
        } catch (IOException e) {
            // unreadable or read-only: H2 will say so itself
        }
    }

    /** The H2 file database is open in another process. */
    static final class InUse extends IllegalStateException {
        private static final long serialVersionUID = 1L;
        final transient Path file;

        InUse(Path file) {
            super("the H2 database " + file + " is open in another process");
            this.file = file;
        }
    }

    /** Turns {@link InUse} into Spring Boot's "APPLICATION FAILED TO START" report. */
    static final class Analyzer extends AbstractFailureAnalyzer<InUse> {
        @Override
        protected FailureAnalysis analyze(Throwable rootFailure, InUse cause) {
            return new FailureAnalysis("演示数据库已被另一个进程打开 / The demo database " + cause.file
                    + " is open in another process: most likely an evaluation app that is still running.",
                    "Stop the other app (Ctrl+C in its terminal) and start this one again, or give this one a"
                            + " database of its own, e.g.\n  --spring.datasource.url=jdbc:h2:file:./target/other-demo/sharehub"
                            + "\nor one that is gone when it stops: --spring.datasource.url=jdbc:h2:mem:demo",
                    cause);
        }
    }
}
