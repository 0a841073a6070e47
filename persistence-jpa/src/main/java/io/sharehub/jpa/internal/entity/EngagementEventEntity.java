package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/**
 * One engagement event ({@code sh_event}). Its id is the event's idempotency id, assigned by the
 * application, so a provider inserts many events in JDBC batches (an identity column would force
 * one round trip per row).
 */
@Entity(name = "ShareHubEvent")
@Table(name = "sh_event")
public class EngagementEventEntity {
    @Id
    @Column(name = "event_id", length = 128, nullable = false)
    private String eventId;

    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    @Column(name = "material_id", length = 128, nullable = false)
    private String materialId;

    @Column(name = "event_type", length = 16, nullable = false)
    private String type;

    @Column(name = "occurred_at", precision = 27, scale = 9, nullable = false)
    private BigDecimal occurredAt;

    @Column(name = "changed", nullable = false)
    private boolean changed;

    /** For the provider. */
    protected EngagementEventEntity() {
    }

    /**
     * @param eventId the event id
     * @param personId who did it
     * @param materialId on which material
     * @param type the event type's name
     * @param occurredAt when, as epoch seconds with nanoseconds
     * @param changed whether a favourite or unfavourite changed the state
     */
    public EngagementEventEntity(String eventId, String personId, String materialId, String type,
            BigDecimal occurredAt, boolean changed) {
        this.eventId = eventId;
        this.personId = personId;
        this.materialId = materialId;
        this.type = type;
        this.occurredAt = occurredAt;
        this.changed = changed;
    }

    public String getEventId() {
        return eventId;
    }

    public String getPersonId() {
        return personId;
    }

    public String getMaterialId() {
        return materialId;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getOccurredAt() {
        return occurredAt;
    }

    public boolean isChanged() {
        return changed;
    }
}
