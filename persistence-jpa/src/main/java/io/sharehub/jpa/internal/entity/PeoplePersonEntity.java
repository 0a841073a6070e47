package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * What ShareHub remembers about one person ({@code sh_person}): the latest unit stated, the owner
 * binding, and the id the person was merged into. The store reads rows through this entity and
 * writes them with atomic native statements (a conditional upsert cannot be expressed otherwise),
 * so it never keeps managed instances that those statements would leave stale.
 */
@Entity(name = "ShareHubPerson")
@Table(name = "sh_person")
public class PeoplePersonEntity {
    @Id
    @Column(name = "id", length = 128, nullable = false)
    private String id;

    @Column(name = "unit", length = 128)
    private String unit;

    @Column(name = "unit_at", precision = 27, scale = 9)
    private BigDecimal unitAt;

    @Column(name = "merged_into", length = 128)
    private String mergedInto;

    @Column(name = "owner_id", length = 128)
    private String ownerId;

    @Column(name = "owner_bound_at", precision = 27, scale = 9)
    private BigDecimal ownerBoundAt;

    /** For the provider. */
    protected PeoplePersonEntity() {
    }

    public String getId() {
        return id;
    }

    public String getUnit() {
        return unit;
    }

    public BigDecimal getUnitAt() {
        return unitAt;
    }

    public String getMergedInto() {
        return mergedInto;
    }

    public String getOwnerId() {
        return ownerId;
    }

    public BigDecimal getOwnerBoundAt() {
        return ownerBoundAt;
    }
}
