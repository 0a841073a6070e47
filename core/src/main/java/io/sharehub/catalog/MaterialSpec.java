package io.sharehub.catalog;

import io.sharehub.access.Visibility;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a material is to be, for {@link Catalog#createMaterial} and {@link Catalog#updateMaterial}.
 * Build one with {@link #of(String, String, String...)} and the {@code with...} methods; the
 * catalog checks every field before anything is stored.
 *
 * <p>Limits: title 1–200 characters; summary up to 2,000; up to 50 tags of 1–50 characters; 1 to
 * 20 categories; up to 50 attributes with names of 1–64 and values up to 500 characters; file
 * reference up to 2,000. Characters are code points: an emoji counts one.
 *
 * @param id the id, or {@code null} to have one generated on create
 * @param title the title
 * @param summary the summary, or {@code null} for none
 * @param type the kind of material; {@link MaterialType#DOCUMENT} by default
 * @param tags the tags
 * @param categoryIds the categories, at least one
 * @param fileRef the host's reference to the file, or {@code null}
 * @param visibility who may see it; {@link Visibility#PUBLIC} by default
 * @param downloadVisibility what download needs when it is more than viewing, or {@code null};
 *     MEMBERS or INTERNAL, at least as strict as {@code visibility}
 * @param attributes string attributes such as a part number, searched like the summary
 */
public record MaterialSpec(String id, String title, String summary, MaterialType type, List<String> tags,
        List<String> categoryIds, String fileRef, Visibility visibility, Visibility downloadVisibility,
        Map<String, String> attributes) {
    /** Title limit in characters. */
    public static final int MAX_TITLE = 200;
    /** Summary limit in characters. */
    public static final int MAX_SUMMARY = 2_000;
    /** Tag count limit. */
    public static final int MAX_TAGS = 50;
    /** Tag length limit in characters. */
    public static final int MAX_TAG = 50;
    /** Category count limit. */
    public static final int MAX_CATEGORIES = 20;
    /** Attribute count limit. */
    public static final int MAX_ATTRIBUTES = 50;
    /** Attribute name limit in characters. */
    public static final int MAX_ATTRIBUTE_NAME = 64;
    /** Attribute value limit in characters. */
    public static final int MAX_ATTRIBUTE_VALUE = 500;
    /** File reference limit in characters. */
    public static final int MAX_FILE_REF = 2_000;

    /** Copies the collections, keeping their order; {@code null} collections become empty. */
    public MaterialSpec {
        tags = tags == null ? List.of() : List.copyOf(tags);
        categoryIds = categoryIds == null ? List.of() : List.copyOf(categoryIds);
        attributes = attributes == null ? Map.of() : java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    }

    /**
     * @param id the id, or {@code null} to have one generated
     * @param title the title
     * @param categoryIds the categories it is in
     * @return a public document with no summary, tags, file or attributes
     */
    public static MaterialSpec of(String id, String title, String... categoryIds) {
        return new MaterialSpec(id, title, null, MaterialType.DOCUMENT, List.of(), Arrays.asList(categoryIds), null,
                Visibility.PUBLIC, null, Map.of());
    }

    /** @param newTitle the title @return this spec with that title */
    public MaterialSpec withTitle(String newTitle) {
        return new MaterialSpec(id, newTitle, summary, type, tags, categoryIds, fileRef, visibility,
                downloadVisibility, attributes);
    }

    /** @param newSummary the summary @return this spec with that summary */
    public MaterialSpec withSummary(String newSummary) {
        return new MaterialSpec(id, title, newSummary, type, tags, categoryIds, fileRef, visibility,
                downloadVisibility, attributes);
    }

    /** @param newType the type @return this spec with that type */
    public MaterialSpec withType(MaterialType newType) {
        return new MaterialSpec(id, title, summary, newType, tags, categoryIds, fileRef, visibility,
                downloadVisibility, attributes);
    }

    /** @param newTags the tags @return this spec with those tags */
    public MaterialSpec withTags(String... newTags) {
        return new MaterialSpec(id, title, summary, type, Arrays.asList(newTags), categoryIds, fileRef, visibility,
                downloadVisibility, attributes);
    }

    /** @param newCategoryIds the categories @return this spec in those categories */
    public MaterialSpec withCategories(String... newCategoryIds) {
        return new MaterialSpec(id, title, summary, type, tags, Arrays.asList(newCategoryIds), fileRef, visibility,
                downloadVisibility, attributes);
    }

    /** @param newFileRef the host's file reference @return this spec with that file */
    public MaterialSpec withFileRef(String newFileRef) {
        return new MaterialSpec(id, title, summary, type, tags, categoryIds, newFileRef, visibility,
                downloadVisibility, attributes);
    }

    /** @param newVisibility who may see it @return this spec with that visibility */
    public MaterialSpec withVisibility(Visibility newVisibility) {
        return new MaterialSpec(id, title, summary, type, tags, categoryIds, fileRef, newVisibility,
                downloadVisibility, attributes);
    }

    /**
     * @param requirement what download needs (MEMBERS, or INTERNAL with groups and people), or
     *     {@code null} for the same as viewing
     * @return this spec with that download requirement
     */
    public MaterialSpec withDownloadVisibility(Visibility requirement) {
        return new MaterialSpec(id, title, summary, type, tags, categoryIds, fileRef, visibility, requirement,
                attributes);
    }

    /**
     * @param name the attribute name, for example {@code partNumber}
     * @param value its value
     * @return this spec with that attribute added or replaced
     */
    public MaterialSpec withAttribute(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(attributes);
        copy.put(name, value);
        return new MaterialSpec(id, title, summary, type, tags, categoryIds, fileRef, visibility, downloadVisibility,
                copy);
    }
}
