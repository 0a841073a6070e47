package io.sharehub.examples.app;

import org.springframework.http.HttpStatus;

/** A page that cannot be shown, with the status and the message the visitor sees. */
public class PageException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final HttpStatus status;
    private final String title;

    PageException(HttpStatus status, String title, String message) {
        super(message);
        this.status = status;
        this.title = title;
    }

    /** @return the HTTP status */
    public HttpStatus status() {
        return status;
    }

    /** @return the page's heading */
    public String title() {
        return title;
    }

    /** 404: unknown, or hidden from this visitor (the same on purpose). */
    public static final class NotFound extends PageException {
        private static final long serialVersionUID = 1L;

        /** @param message what the visitor reads */
        public NotFound(String message) {
            super(HttpStatus.NOT_FOUND, "找不到页面", message);
        }
    }

    /** 403: known, but not for this visitor. */
    public static final class Forbidden extends PageException {
        private static final long serialVersionUID = 1L;

        /** @param message what the visitor reads */
        public Forbidden(String message) {
            super(HttpStatus.FORBIDDEN, "没有权限", message);
        }
    }
}
