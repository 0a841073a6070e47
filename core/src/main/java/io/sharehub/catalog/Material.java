package io.sharehub.catalog;

import io.sharehub.access.Visibility;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A piece of marketing material as the catalog holds it. ShareHub never stores files: the host
 * resolves {@code fileRef}.
 *
 * @param id the material id
 * @param title the title, searched first
 * @param summary the summary, possibly empty
 * @param type what kind of material it is
 * @param tags the tags, in the order given
 * @param categoryIds the categories it is in, at least one
 * @param fileRef the host's reference to the file, or {@code null}
 * @param status draft, published or archived
 * @param publishAt when it went or goes live; {@code null} until first published
 * @param visibility who may see it
 * @param downloadVisibility who may download it when that needs more than viewing, or {@code null}
 * @param attributes string attributes such as a part number or vehicle model, searched too
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 */
public record Material(String id, String title, String summary, MaterialType type, List<String> tags,
        List<String> categoryIds, String fileRef, MaterialStatus status, Instant publishAt,
        Visibility visibility, Visibility downloadVisibility, Map<String, String> attributes,
        Instant createdAt, Instant updatedAt) {

    /** Copies the collections. */
    public Material {
        tags = List.copyOf(tags);
        categoryIds = List.copyOf(categoryIds);
        attributes = Map.copyOf(attributes);
    }

    /**
     * @return the visibility download needs when it is stricter than viewing
     */
    public Optional<Visibility> downloadRequirement() {
        return Optional.ofNullable(downloadVisibility);
    }

    /**
     * @param now the hub's current instant
     * @return whether the material is published and its publish instant has come
     */
    public boolean isLive(Instant now) {
        return status == MaterialStatus.PUBLISHED && publishAt != null && !publishAt.isAfter(now);
    }

    /**
     * @param attribute an attribute name
     * @return its value, if set
     */
    public Optional<String> attribute(String attribute) {
        return Optional.ofNullable(attributes.get(attribute));
    }
}
