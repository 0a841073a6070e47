package io.sharehub.access;

/** What the host knows a person to be when they act. */
public enum ViewerKind {
    /** A visitor the host has not identified: a device, cookie or WeChat openid. */
    ANONYMOUS,
    /** A registered member (a lead, a customer, a dealer contact). */
    MEMBER,
    /** Staff: may see the employee zone where its audience allows. */
    EMPLOYEE,
    /** Sees everything, drafts and archived material included. */
    ADMIN
}
