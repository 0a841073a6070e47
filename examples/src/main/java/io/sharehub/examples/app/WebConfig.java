package io.sharehub.examples.app;

import java.util.Arrays;
import java.util.List;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Every page knows who is visiting, and only administrators reach {@code /admin}. */
@Configuration
public class WebConfig implements WebMvcConfigurer {
    private final Visitors visitors;

    /** @param visitors who is visiting */
    public WebConfig(Visitors visitors) {
        this.visitors = visitors;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(visitors).excludePathPatterns("/webjars/**", "/css/**", "/js/**", "/favicon.ico");
        registry.addInterceptor(new org.springframework.web.servlet.HandlerInterceptor() {
            @Override
            public boolean preHandle(jakarta.servlet.http.HttpServletRequest request,
                    jakarta.servlet.http.HttpServletResponse response, Object handler) {
                if (!visitors.resolve(request, response).isAdmin()) {
                    throw new PageException.Forbidden("后台仅对管理员开放。请在右上角切换为“管理员”。");
                }
                return true;
            }
        }).addPathPatterns("/admin", "/admin/**");
    }

    @Override
    public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
        resolvers.add(visitors);
    }

    /** Puts who is visiting, and the personas to switch to, into every page's model. */
    @ControllerAdvice
    public static class Everywhere {
        /** @param me who is visiting @return the same, as {@code me} */
        @ModelAttribute("me")
        public Me me(Me me) {
            return me;
        }

        /**
         * A message for the next page only (after signing up).
         *
         * @param request the request
         * @return the message, or null
         */
        @ModelAttribute("flash")
        public String flash(jakarta.servlet.http.HttpServletRequest request) {
            jakarta.servlet.http.HttpSession session = request.getSession(false);
            if (session == null || session.getAttribute("flash") == null) {
                return null;
            }
            String message = (String) session.getAttribute("flash");
            session.removeAttribute("flash");
            return message;
        }

        /** @param request the request @return the current path with its query, to come back after a switch */
        @ModelAttribute("here")
        public String here(jakarta.servlet.http.HttpServletRequest request) {
            return request.getRequestURI() + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        }

        /** @return the personas of the switcher */
        @ModelAttribute("personas")
        public List<Persona> personas() {
            return Arrays.stream(Persona.values()).filter(Persona::switchable).toList();
        }
    }
}
