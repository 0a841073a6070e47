package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A category of the catalog tree ({@code sh_category}). */
@Entity(name = "ShareHubCategory")
@Table(name = "sh_category")
public class CatalogCategoryEntity {
    @Id
    @Column(name = "id", length = 128, nullable = false)
    private String id;

    @Column(name = "parent_id", length = 128)
    private String parentId;

    @Column(name = "name", length = 100, nullable = false)
    private String name;

    @Column(name = "sort_position", nullable = false)
    private int position;

    /** The visibility as JSON. */
    @Column(name = "visibility", nullable = false)
    private String visibility;

    /** Epoch seconds with nanoseconds. */
    @Column(name = "created_at", precision = 27, scale = 9, nullable = false)
    private BigDecimal createdAt;

    /** For the provider. */
    protected CatalogCategoryEntity() {
    }

    /**
     * @param id the category id
     */
    public CatalogCategoryEntity(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getParentId() {
        return parentId;
    }

    public void setParentId(String parentId) {
        this.parentId = parentId;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public int getPosition() {
        return position;
    }

    public void setPosition(int position) {
        this.position = position;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public BigDecimal getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(BigDecimal createdAt) {
        this.createdAt = createdAt;
    }
}
