package io.sharehub.examples;

import io.sharehub.ShareHub;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Catalog;
import io.sharehub.catalog.CategorySpec;
import io.sharehub.catalog.MaterialSpec;
import io.sharehub.catalog.SearchHit;
import io.sharehub.catalog.SearchRequest;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The runnable examples jar. With no arguments it builds a small auto-parts material center in
 * memory and runs a few searches as different people.
 */
public final class Main {
    private Main() {
    }

    /**
     * @param args ignored for now
     */
    public static void main(String[] args) {
        PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
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
