package io.sharehub.fission;

/** How a person entered a campaign's share graph. */
public enum EntryChannel {
    /** A root: they shared before anyone's link brought them. */
    DIRECT,
    /** Through a shared link (any channel but a poster). */
    LINK,
    /** By scanning a poster's QR code. */
    POSTER
}
