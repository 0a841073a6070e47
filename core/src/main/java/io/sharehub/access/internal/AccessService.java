package io.sharehub.access.internal;

import io.sharehub.UnknownMaterialException;
import io.sharehub.access.Access;
import io.sharehub.access.AccessExplanation;
import io.sharehub.access.AccessExplanation.RuleCheck;
import io.sharehub.access.AccessExplanation.Source;
import io.sharehub.access.AccessRule;
import io.sharehub.access.Action;
import io.sharehub.access.Decision;
import io.sharehub.access.Viewer;
import io.sharehub.access.Visibility;
import io.sharehub.catalog.Category;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.internal.CategoryTree;
import io.sharehub.catalog.spi.CatalogStore;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.internal.Check;
import io.sharehub.internal.HubContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Access decisions over the catalog store. */
public final class AccessService implements Access {
    private final HubContext hub;
    private final CatalogStore catalog;

    /** @param hub the hub's stores, clock and zone */
    public AccessService(HubContext hub) {
        this.hub = hub;
        this.catalog = hub.stores().catalog();
    }

    @Override
    public Decision decide(Viewer viewer, String materialId, Action action) {
        Check.given("viewer", viewer);
        String id = Check.id("materialId", materialId);
        Check.given("action", action);
        return hub.tx().read(() -> AccessPolicy.decide(viewer, catalog.material(id).orElse(null), action, hub.now()));
    }

    @Override
    public Decision decideCategory(Viewer viewer, String categoryId) {
        Check.given("viewer", viewer);
        String id = Check.id("categoryId", categoryId);
        return hub.tx().read(() -> {
            CategoryTree tree = new CategoryTree(catalog.categories());
            if (tree.get(id) == null || !AccessPolicy.lists(viewer, tree.ruleOfCategory(id))) {
                return Decision.NOT_FOUND;
            }
            return Decision.ALLOW;
        });
    }

    @Override
    public AccessExplanation explain(Viewer viewer, String materialId, Action action) {
        Check.given("viewer", viewer);
        String id = Check.id("materialId", materialId);
        Check.given("action", action);
        return hub.tx().read(() -> {
            MaterialRecord record = catalog.material(id)
                    .orElseThrow(() -> new UnknownMaterialException("materialId", id));
            Material material = record.material();
            Instant now = hub.now();
            CategoryTree tree = new CategoryTree(catalog.categories());
            List<RuleCheck> checks = new ArrayList<>();
            boolean live = viewer.isAdmin() || material.isLive(now);
            checks.add(new RuleCheck(Source.STATUS, id, material.title(), null,
                    live ? Decision.ALLOW : Decision.NOT_FOUND));
            checks.add(alone(Source.MATERIAL, id, material.title(), material.visibility(), viewer, action));
            for (Category category : tree.ancestry(material.categoryIds())) {
                checks.add(alone(Source.CATEGORY, category.id(), category.name(), category.visibility(), viewer,
                        action));
            }
            if (action == Action.DOWNLOAD && material.downloadVisibility() != null) {
                Visibility download = material.downloadVisibility();
                Decision decision = viewer.isAdmin() ? Decision.ALLOW
                        : AccessPolicy.decideVisible(viewer, AccessRule.PUBLIC, download, action);
                checks.add(new RuleCheck(Source.DOWNLOAD, id, material.title(), download, decision));
            }
            Decision decision = AccessPolicy.decide(viewer, record, action, now);
            return new AccessExplanation(id, viewer, action, decision, checks);
        });
    }

    private static RuleCheck alone(Source source, String id, String name, Visibility visibility, Viewer viewer,
            Action action) {
        AccessRule rule = AccessRule.of(List.of(visibility));
        Decision decision;
        if (viewer.isAdmin()) {
            decision = Decision.ALLOW;
        } else if (!rule.admits(viewer)) {
            decision = Decision.NOT_FOUND;
        } else {
            decision = AccessPolicy.decideVisible(viewer, rule, null, action);
        }
        return new RuleCheck(source, id, name, visibility, decision);
    }
}
