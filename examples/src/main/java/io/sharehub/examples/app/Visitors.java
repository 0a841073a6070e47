package io.sharehub.examples.app;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.HexFormat;
import org.springframework.core.MethodParameter;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Who is visiting: every browser gets a cookie id ({@code sh_vid}, "anon-…"), the anonymous id
 * ShareHub records an unregistered visitor under (as a mini-program would use the WeChat openid);
 * the session holds the persona chosen in the switcher, or the member id after signing up.
 * Controllers take a {@link Me} parameter; every page's model has it as {@code me}.
 */
@Component
public class Visitors implements HandlerInterceptor, HandlerMethodArgumentResolver {
    /** The cookie holding the browser's anonymous id. */
    public static final String COOKIE = "sh_vid";
    static final String PERSONA = "persona";
    static final String MEMBER_ID = "memberId";
    private static final String ATTRIBUTE = Me.class.getName();
    private static final SecureRandom RANDOM = new SecureRandom();

    private final DemoPeople people;

    /** @param people the directory */
    public Visitors(DemoPeople people) {
        this.people = people;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        request.setAttribute(ATTRIBUTE, resolve(request, response));
        return true;
    }

    /**
     * @param request the request
     * @param response the response, to set the cookie on a first visit
     * @return who is visiting
     */
    public Me resolve(HttpServletRequest request, HttpServletResponse response) {
        Object known = request.getAttribute(ATTRIBUTE);
        if (known instanceof Me me) {
            return me;
        }
        String browserId = browserId(request, response);
        HttpSession session = request.getSession(false);
        Persona persona = session == null ? Persona.ANONYMOUS
                : Persona.byKey(String.valueOf(session.getAttribute(PERSONA))).orElse(Persona.ANONYMOUS);
        String memberId = session == null ? null : (String) session.getAttribute(MEMBER_ID);
        if (persona == Persona.SIGNED_UP && memberId == null) {
            persona = Persona.ANONYMOUS;
        }
        String id = switch (persona) {
            case ANONYMOUS -> browserId;
            case SIGNED_UP -> memberId;
            default -> persona.personId();
        };
        String name = persona == Persona.ANONYMOUS ? "访客 " + browserId.substring(5, 9) : people.nameOf(id);
        Me me = new Me(persona, persona.viewer(id), name, browserId);
        request.setAttribute(ATTRIBUTE, me);
        return me;
    }

    /**
     * Switches the persona of this browser's session.
     *
     * @param request the request
     * @param persona the persona
     */
    public void switchTo(HttpServletRequest request, Persona persona) {
        request.getSession(true).setAttribute(PERSONA, persona.key());
        request.removeAttribute(ATTRIBUTE);
    }

    /**
     * After a sign-up: the session is the new member's, and the browser gets a fresh anonymous id
     * (the old one now resolves to the member).
     *
     * @param request the request
     * @param response the response
     * @param memberId the new member
     */
    public void signedUp(HttpServletRequest request, HttpServletResponse response, String memberId) {
        HttpSession session = request.getSession(true);
        session.setAttribute(PERSONA, Persona.SIGNED_UP.key());
        session.setAttribute(MEMBER_ID, memberId);
        setCookie(response, newBrowserId());
        request.removeAttribute(ATTRIBUTE);
    }

    private static String browserId(HttpServletRequest request, HttpServletResponse response) {
        Object fresh = request.getAttribute(COOKIE);
        if (fresh instanceof String id) {
            return id;
        }
        if (request.getCookies() != null) {
            for (Cookie cookie : request.getCookies()) {
                if (COOKIE.equals(cookie.getName()) && cookie.getValue().matches("anon-[0-9a-f]{16}")) {
                    return cookie.getValue();
                }
            }
        }
        String id = newBrowserId();
        request.setAttribute(COOKIE, id);
        setCookie(response, id);
        return id;
    }

    private static String newBrowserId() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return "anon-" + HexFormat.of().formatHex(bytes);
    }

    private static void setCookie(HttpServletResponse response, String id) {
        Cookie cookie = new Cookie(COOKIE, id);
        cookie.setPath("/");
        cookie.setHttpOnly(true);
        cookie.setMaxAge(365 * 24 * 3600);
        cookie.setAttribute("SameSite", "Lax");
        response.addCookie(cookie);
    }

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == Me.class;
    }

    @Override
    public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer container, NativeWebRequest request,
            WebDataBinderFactory binderFactory) {
        return resolve(request.getNativeRequest(HttpServletRequest.class),
                request.getNativeResponse(HttpServletResponse.class));
    }
}
