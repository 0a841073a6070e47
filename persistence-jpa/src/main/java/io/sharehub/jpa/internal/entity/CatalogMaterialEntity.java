package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * A material with its effective access rule ({@code sh_material}). Tags, categories, attributes
 * and visibilities are kept as JSON for reading back exactly; the search index, the category
 * links, the tag keys and the audiences the SQL filters on live in tables of their own, written
 * with the material.
 */
@Entity(name = "ShareHubMaterial")
@Table(name = "sh_material")
public class CatalogMaterialEntity {
    @Id
    @Column(name = "id", length = 128, nullable = false)
    private String id;

    @Column(name = "title", length = 200, nullable = false)
    private String title;

    @Column(name = "summary", length = 2000, nullable = false)
    private String summary;

    @Column(name = "material_type", length = 16, nullable = false)
    private String type;

    @Column(name = "file_ref", length = 2000)
    private String fileRef;

    @Column(name = "status", length = 16, nullable = false)
    private String status;

    @Column(name = "publish_at", precision = 27, scale = 9)
    private BigDecimal publishAt;

    @Column(name = "created_at", precision = 27, scale = 9, nullable = false)
    private BigDecimal createdAt;

    @Column(name = "updated_at", precision = 27, scale = 9, nullable = false)
    private BigDecimal updatedAt;

    @Column(name = "tags", nullable = false)
    private String tags;

    @Column(name = "category_ids", nullable = false)
    private String categoryIds;

    @Column(name = "attributes", nullable = false)
    private String attributes;

    @Column(name = "visibility", nullable = false)
    private String visibility;

    @Column(name = "download_visibility")
    private String downloadVisibility;

    @Column(name = "access_rule", nullable = false)
    private String accessRule;

    /** How many INTERNAL audiences the rule holds; 0 means anyone may list it once it is live. */
    @Column(name = "audience_count", nullable = false)
    private int audienceCount;

    /** 0 for material with a publish instant, 1 for never-published drafts: the first key of "newest". */
    @Column(name = "newest_group", nullable = false)
    private int newestGroup;

    /** The publish instant, or the creation instant of a draft: the second key of "newest". */
    @Column(name = "newest_at", precision = 27, scale = 9, nullable = false)
    private BigDecimal newestAt;

    /** For the provider. */
    protected CatalogMaterialEntity() {
    }

    /**
     * @param id the material id
     */
    public CatalogMaterialEntity(String id) {
        this.id = id;
    }

    public String getId() {
        return id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getSummary() {
        return summary;
    }

    public void setSummary(String summary) {
        this.summary = summary;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getFileRef() {
        return fileRef;
    }

    public void setFileRef(String fileRef) {
        this.fileRef = fileRef;
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public BigDecimal getPublishAt() {
        return publishAt;
    }

    public void setPublishAt(BigDecimal publishAt) {
        this.publishAt = publishAt;
    }

    public BigDecimal getCreatedAt() {
        return createdAt;
    }

    public void setCreatedAt(BigDecimal createdAt) {
        this.createdAt = createdAt;
    }

    public BigDecimal getUpdatedAt() {
        return updatedAt;
    }

    public void setUpdatedAt(BigDecimal updatedAt) {
        this.updatedAt = updatedAt;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public String getCategoryIds() {
        return categoryIds;
    }

    public void setCategoryIds(String categoryIds) {
        this.categoryIds = categoryIds;
    }

    public String getAttributes() {
        return attributes;
    }

    public void setAttributes(String attributes) {
        this.attributes = attributes;
    }

    public String getVisibility() {
        return visibility;
    }

    public void setVisibility(String visibility) {
        this.visibility = visibility;
    }

    public String getDownloadVisibility() {
        return downloadVisibility;
    }

    public void setDownloadVisibility(String downloadVisibility) {
        this.downloadVisibility = downloadVisibility;
    }

    public String getAccessRule() {
        return accessRule;
    }

    public void setAccessRule(String accessRule) {
        this.accessRule = accessRule;
    }

    public int getAudienceCount() {
        return audienceCount;
    }

    public void setAudienceCount(int audienceCount) {
        this.audienceCount = audienceCount;
    }

    public int getNewestGroup() {
        return newestGroup;
    }

    public void setNewestGroup(int newestGroup) {
        this.newestGroup = newestGroup;
    }

    public BigDecimal getNewestAt() {
        return newestAt;
    }

    public void setNewestAt(BigDecimal newestAt) {
        this.newestAt = newestAt;
    }
}
