package io.sharehub.jpa.internal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The first person a device was seen for; inserted by SQL that does nothing when the device is
 * known.
 */
@Entity
@Table(name = "fission_device")
public class FissionDevice {
    @Id
    @Column(name = "device_id", length = 128, nullable = false)
    private String deviceId;

    @Column(name = "person_id", length = 128, nullable = false)
    private String personId;

    /** For the provider. */
    protected FissionDevice() {
    }
}
