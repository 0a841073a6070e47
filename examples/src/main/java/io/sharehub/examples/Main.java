package io.sharehub.examples;

import io.sharehub.ShareHub;
import io.sharehub.ShareHubException;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import io.sharehub.examples.cli.Options;
import io.sharehub.examples.replay.JpaReplayStores;
import io.sharehub.examples.replay.ReplayCommand;
import io.sharehub.examples.search.SearchCommand;
import io.sharehub.store.Stores;
import io.sharehub.store.memory.InMemoryStores;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * The runnable examples jar. With no argument (or options starting with {@code --}, which go to
 * Spring Boot) it starts the evaluation app ({@link io.sharehub.examples.app.EvaluationApp}) and
 * prints its URL; {@code search}, {@code replay} and {@code demo} run the command line without
 * starting Spring.
 */
public final class Main {
    static final String USAGE = """
            usage: java -jar sharehub-examples.jar [--server.port=N]  the evaluation app (Spring Boot, H2)
                   java -jar sharehub-examples.jar demo             a demo of the catalog in memory
                   java -jar sharehub-examples.jar search --catalog FILE.csv --query Q [--title-column C]
                          [--category-column C] [--as anonymous|member|employee[:group,…]|admin] [--limit N]
                   java -jar sharehub-examples.jar replay --cascades PATH [--start INSTANT] [--out DIR]
                          [--store memory|h2|JDBC-URL]""";

    private Main() {
    }

    /**
     * @param args a subcommand and its options, or nothing for the app
     */
    public static void main(String[] args) {
        if (args.length == 0 || args[0].startsWith("--") && !"--help".equals(args[0])) {
            io.sharehub.examples.app.EvaluationApp.start(args);
            return;
        }
        // the command line logs like a command line: warnings, and ShareHub's own notes, on stderr
        if (System.getProperty("logback.configurationFile") == null) {
            System.setProperty("logback.configurationFile", "logback-cli.xml");
        }
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
        PrintStream err = new PrintStream(System.err, true, StandardCharsets.UTF_8);
        int status = run(Arrays.asList(args), out, err);
        if (status != 0) {
            System.exit(status);
        }
    }

    /**
     * Runs a subcommand.
     *
     * @param args the command line
     * @param out standard output
     * @param err standard error
     * @return the exit status: 0 done, 1 failed, 2 a usage error
     */
    public static int run(List<String> args, PrintStream out, PrintStream err) {
        try {
            if (args.isEmpty()) {
                throw new Options.UsageException("no subcommand");
            }
            List<String> rest = args.subList(1, args.size());
            if (rest.contains("--help") || rest.contains("-h")) {
                out.println(switch (args.get(0)) {
                    case "search" -> SearchCommand.USAGE;
                    case "replay" -> ReplayCommand.USAGE;
                    default -> USAGE;
                });
                return 0;
            }
            return switch (args.get(0)) {
                case "search" -> new SearchCommand().run(rest, out, err);
                case "replay" -> new ReplayCommand(Main::stores).run(rest, err);
                case "demo" -> {
                    demo(out);
                    yield 0;
                }
                case "help", "--help", "-h" -> {
                    out.println(USAGE);
                    yield 0;
                }
                default -> throw new Options.UsageException("unknown subcommand '" + args.get(0) + "'");
            };
        } catch (Options.UsageException e) {
            err.println("error: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (ShareHubException | UncheckedIOException | IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    /**
     * @param store {@code memory}, {@code h2} or a JDBC URL
     * @return the store set it names
     */
    static Stores stores(String store) {
        if ("memory".equals(store)) {
            return InMemoryStores.create();
        }
        return JpaReplayStores.open(store);
    }

    private static void demo(PrintStream out) {
        ShareHub hub = ShareHub.builder().build();
        Catalog catalog = hub.catalog();
        catalog.createCategory(CategorySpec.of("brakes", "制动系统"));
        catalog.createCategory(CategorySpec.of("pads", "刹车片").under("brakes"));
        catalog.createCategory(CategorySpec.of("staff", "员工专区").withVisibility(Visibility.internalTo("sales")));
        publish(catalog, MaterialSpec.of("M1", "陶瓷刹车片产品手册", "pads").withAttribute("partNumber", "BP-2043"));
        publish(catalog, MaterialSpec.of("M2", "刹车盘保养指南", "brakes"));
        publish(catalog, MaterialSpec.of("M3", "刹车片经销商价格表", "staff"));

        for (Viewer viewer : new Viewer[] {Viewer.anonymous("visitor"), Viewer.employee("e1", "sales")}) {
            out.println("== " + viewer.kind() + " " + viewer.id() + " searches 刹车片");
            for (SearchHit hit : catalog.search(viewer, SearchRequest.of("刹车片")).items()) {
                out.println("  " + hit.material().id() + "  " + hit.material().title() + "  (score " + hit.score() + ")");
            }
        }
    }

    private static void publish(Catalog catalog, MaterialSpec spec) {
        catalog.createMaterial(spec);
        catalog.publish(spec.id());
    }
}
