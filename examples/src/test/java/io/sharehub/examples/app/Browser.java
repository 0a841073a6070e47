package io.sharehub.examples.app;

import jakarta.servlet.http.Cookie;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** One browser for MockMvc: its session and its cookies (the anonymous id) carried from request to request. */
final class Browser {
    private final MockMvc mvc;
    private final MockHttpSession session = new MockHttpSession();
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    Browser(MockMvc mvc) {
        this.mvc = mvc;
    }

    /** @return the response of a GET, the browser's Accept header included */
    MockHttpServletResponse get(String url) throws Exception {
        return send(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(url)
                .accept(MediaType.TEXT_HTML, MediaType.ALL));
    }

    /** @param form name, value, name, value … @return the response of a form POST */
    MockHttpServletResponse post(String url, String... form) throws Exception {
        MockHttpServletRequestBuilder request = org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                .post(url).contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
        for (int i = 0; i + 1 < form.length; i += 2) {
            request.param(form[i], form[i + 1]);
        }
        return send(request);
    }

    /** Switches the persona, as the switcher in the header does. */
    Browser as(String persona) throws Exception {
        get("/");
        post("/persona", "key", persona, "next", "/");
        return this;
    }

    String page(String url) throws Exception {
        return get(url).getContentAsString(StandardCharsets.UTF_8);
    }

    String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    private MockHttpServletResponse send(MockHttpServletRequestBuilder request) throws Exception {
        request.session(session).characterEncoding(StandardCharsets.UTF_8);
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        MockHttpServletResponse response = mvc.perform(request).andReturn().getResponse();
        for (Cookie cookie : response.getCookies()) {
            cookies.put(cookie.getName(), cookie);
        }
        return response;
    }
}
