package io.sharehub.jpa.internal;

import io.sharehub.access.AccessRule;
import io.sharehub.access.Viewer;
import io.sharehub.access.ViewerKind;
import io.sharehub.catalog.Material;
import io.sharehub.catalog.MaterialStatus;
import io.sharehub.catalog.MaterialType;
import io.sharehub.catalog.SearchSort;
import io.sharehub.catalog.spi.MaterialRecord;
import io.sharehub.jpa.internal.entity.CatalogMaterialEntity;
import java.time.Instant;

/**
 * Materials as native queries select them, and the SQL that every list of materials shares: the
 * listing predicate of {@link io.sharehub.access.AccessRule#admits} and the "newest" order.
 */
public final class MaterialRows {
    /** The material columns every list selects first, in this order. */
    public static final String COLUMNS = "m.id, m.title, m.summary, m.material_type, m.file_ref, m.status, "
            + "m.publish_at, m.created_at, m.updated_at, m.tags, m.category_ids, m.attributes, m.visibility, "
            + "m.download_visibility, m.access_rule";

    /** How many columns {@link #COLUMNS} holds. */
    public static final int WIDTH = 15;

    private MaterialRows() {
    }

    /** @return the material with its rule of a row selected with {@link #COLUMNS} first */
    public static MaterialRecord record(Object[] row) {
        Material material = new Material(Values.text(row[0]), Values.text(row[1]), Values.text(row[2]),
                MaterialType.valueOf(Values.text(row[3])), Json.strings(Values.text(row[9])),
                Json.strings(Values.text(row[10])), Values.text(row[4]), MaterialStatus.valueOf(Values.text(row[5])),
                Values.instant(row[6]), Json.visibility(Values.text(row[12])), Json.visibility(Values.text(row[13])),
                Json.map(Values.text(row[11])), Values.instant(row[7]), Values.instant(row[8]));
        return new MaterialRecord(material, Json.rule(Values.text(row[14])));
    }

    /** @return the material with its rule of an entity */
    public static MaterialRecord record(CatalogMaterialEntity e) {
        return record(new Object[] {e.getId(), e.getTitle(), e.getSummary(), e.getType(), e.getFileRef(),
            e.getStatus(), e.getPublishAt(), e.getCreatedAt(), e.getUpdatedAt(), e.getTags(), e.getCategoryIds(),
            e.getAttributes(), e.getVisibility(), e.getDownloadVisibility(), e.getAccessRule()});
    }

    /** Copies a material and its rule into an entity. */
    public static void fill(CatalogMaterialEntity e, MaterialRecord record) {
        Material m = record.material();
        AccessRule rule = record.rule();
        e.setTitle(m.title());
        e.setSummary(m.summary());
        e.setType(m.type().name());
        e.setFileRef(m.fileRef());
        e.setStatus(m.status().name());
        e.setPublishAt(Values.decimal(m.publishAt()));
        e.setCreatedAt(Values.decimal(m.createdAt()));
        e.setUpdatedAt(Values.decimal(m.updatedAt()));
        e.setTags(Json.strings(m.tags()));
        e.setCategoryIds(Json.strings(m.categoryIds()));
        e.setAttributes(Json.map(m.attributes()));
        e.setVisibility(Json.visibility(m.visibility()));
        e.setDownloadVisibility(Json.visibility(m.downloadVisibility()));
        e.setAccessRule(Json.rule(rule));
        e.setAudienceCount(rule.audiences().size());
        e.setNewestGroup(m.publishAt() != null ? 0 : 1);
        e.setNewestAt(Values.decimal(m.publishAt() != null ? m.publishAt() : m.createdAt()));
    }

    /**
     * Appends {@code AND} the condition that the viewer may list material {@code m} now, as
     * {@link io.sharehub.catalog.spi.CatalogQuery} defines it: everything for an administrator;
     * otherwise published, live, and inside every INTERNAL audience of its rule. An audience is
     * stored as rows of {@code sh_material_audience}: a marker {@code A}, and {@code E} (all
     * employees), {@code G} (a group) or {@code P} (a person).
     */
    public static void listable(Sql sql, Viewer viewer, Instant now) {
        if (viewer.isAdmin()) {
            return;
        }
        live(sql, now);
        sql.append(" AND (m.audience_count = 0 OR NOT EXISTS (SELECT 1 FROM sh_material_audience a"
                + " WHERE a.material_id = m.id AND a.kind = 'A' AND NOT EXISTS (SELECT 1 FROM sh_material_audience p"
                + " WHERE p.material_id = a.material_id AND p.audience_no = a.audience_no AND ((p.kind = 'P' AND p.name = ")
                .param(viewer.id()).append(")");
        if (viewer.kind() == ViewerKind.EMPLOYEE) {
            sql.append(" OR p.kind = 'E'");
            if (!viewer.groups().isEmpty()) {
                sql.append(" OR (p.kind = 'G' AND p.name IN (").params(viewer.groups()).append("))");
            }
        }
        sql.append("))))");
    }

    /** Appends {@code AND} the condition that material {@code m} is published and its instant has come. */
    public static void live(Sql sql, Instant now) {
        sql.append(" AND m.status = 'PUBLISHED' AND m.publish_at <= ").param(Values.decimal(now));
    }

    /** @return the "newest" order of {@link SearchSort#NEWEST}, ending with the id */
    public static String newest(SqlDialect dialect) {
        return "m.newest_group, m.newest_at DESC, " + DialectSql.idOrder(dialect, "m.id");
    }
}
