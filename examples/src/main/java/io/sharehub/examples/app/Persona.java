package io.sharehub.examples.app;

import io.sharehub.access.Viewer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The demo people an evaluator switches between. The host decides who someone is (here: a click);
 * ShareHub only ever sees the {@link Viewer} built from it.
 */
public enum Persona {
    /** A visitor who has not signed in: identified by a cookie id, like a WeChat openid. */
    ANONYMOUS("anonymous", null, "访客（未登录）"),
    /** A registered customer. */
    MEMBER("member", "M1001", "会员 王磊"),
    /** An employee of the sales team at head office. */
    SALES("sales", "E2001", "销售 李娜"),
    /** An employee of the east dealer, working at the East store. */
    DEALER("dealer", "E3001", "东区经销商 陈强"),
    /** Marketing's administrator. */
    ADMIN("admin", "A0001", "管理员 赵敏"),
    /** A visitor who signed up in this browser. */
    SIGNED_UP("signed-up", null, "新注册会员");

    /** The sales team's group. */
    public static final String SALES_GROUP = "sales";
    /** The east dealer's group. */
    public static final String DEALER_GROUP = "dealer:east";

    private final String key;
    private final String personId;
    private final String label;

    Persona(String key, String personId, String label) {
        this.key = key;
        this.personId = personId;
        this.label = label;
    }

    /** @return the key used in URLs and the session */
    public String key() {
        return key;
    }

    /** @return the fixed person id, or null for the anonymous and signed-up personas */
    public String personId() {
        return personId;
    }

    /** @return the label shown in the persona switcher */
    public String label() {
        return label;
    }

    /** @return whether the switcher lists it (a signed-up member is reached by signing up) */
    public boolean switchable() {
        return this != SIGNED_UP;
    }

    /**
     * @param id the person id (the cookie id for an anonymous visitor, the member id once signed up)
     * @return the viewer ShareHub sees
     */
    public Viewer viewer(String id) {
        return switch (this) {
            case ANONYMOUS -> Viewer.anonymous(id);
            case MEMBER, SIGNED_UP -> Viewer.member(id);
            case SALES -> Viewer.employee(id, SALES_GROUP).withUnit("Head office");
            case DEALER -> Viewer.employee(id, DEALER_GROUP).withUnit("East store");
            case ADMIN -> Viewer.admin(id);
        };
    }

    /**
     * @param key a key
     * @return the persona with that key
     */
    public static Optional<Persona> byKey(String key) {
        return Arrays.stream(values()).filter(p -> p.key.equals(key)).findFirst();
    }
}
