package io.sharehub.fission;

/** How a person shared a campaign. */
public enum Channel {
    /** A link copied or sent. */
    LINK,
    /** A QR-code poster. */
    POSTER,
    /** A WeChat chat with a friend or group. */
    WECHAT_FRIEND,
    /** WeChat Moments (朋友圈). */
    WECHAT_MOMENTS,
    /** Anything else. */
    OTHER
}
