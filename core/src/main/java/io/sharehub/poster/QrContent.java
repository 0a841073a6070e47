package io.sharehub.poster;

import io.sharehub.InvalidInputException;
import io.sharehub.internal.Check;
import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * What a poster's QR code carries: a share URL or free text. Make one with {@link #url(String)}
 * or {@link #text(String)}.
 *
 * <p>The rules, which every renderer follows so that every poster scans the same way:
 * <ul>
 *   <li>A URL made only of ASCII is encoded as it is, with no character-set hint and no ECI
 *       segment: the form every scanner reads.</li>
 *   <li>A URL with other characters is made ASCII first: a non-ASCII host name becomes its
 *       IDNA (punycode) form, and every other non-ASCII character is percent-encoded as UTF-8
 *       ({@code /活动} becomes {@code /%E6%B4%BB%E5%8A%A8}); so are spaces and control characters.
 *       Existing {@code %XX} escapes are kept. A scanner gives back this percent-encoded form.</li>
 *   <li>Free text is encoded as UTF-8, with the UTF-8 character-set hint (an ECI segment) when it
 *       is not all digits or QR alphanumerics, so that scanners decode Chinese right.</li>
 * </ul>
 *
 * @param kind whether the content is a URL or free text
 * @param value the content exactly as the host gave it
 */
public record QrContent(Kind kind, String value) {
    private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.\\-]*:.+", Pattern.DOTALL);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /** What kind of content a QR code carries. */
    public enum Kind {
        /** A URL, for example a share link; made ASCII before encoding. */
        URL,
        /** Free text, encoded as UTF-8 with the character-set hint. */
        TEXT
    }

    /**
     * @param kind whether the content is a URL or free text
     * @param value the content exactly as the host gave it
     * @throws InvalidInputException if the kind is missing, the value is missing or blank, holds
     *     an unpaired surrogate, or a URL has no scheme or an invalid host name
     */
    public QrContent {
        Check.given("qrContent.kind", kind);
        if (value == null) {
            throw new InvalidInputException("qrContent", "must be given", null);
        }
        if (value.isBlank()) {
            throw new InvalidInputException("qrContent", "must not be blank", value);
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new InvalidInputException("qrContent", "must not hold an unpaired surrogate (at index " + i + ")",
                        value);
            }
        }
        if (kind == Kind.URL && !SCHEME.matcher(value).matches()) {
            throw new InvalidInputException("qrContent", "must be an absolute URL with a scheme such as https:", value);
        }
        if (kind == Kind.URL) {
            toAscii(value);
        }
    }

    /**
     * @param url an absolute URL, for example a share link; non-ASCII characters are allowed
     * @return URL content
     * @throws InvalidInputException if the URL is blank, has no scheme, or has an invalid host name
     */
    public static QrContent url(String url) {
        return new QrContent(Kind.URL, url);
    }

    /**
     * @param text any text, Chinese included
     * @return free-text content
     * @throws InvalidInputException if the text is blank or holds an unpaired surrogate
     */
    public static QrContent text(String text) {
        return new QrContent(Kind.TEXT, text);
    }

    /**
     * The exact text the QR symbol carries and a scanner gives back: for a URL its ASCII form
     * (see the class comment), for free text the text itself.
     *
     * @return the encoded text
     */
    public String encodedText() {
        return kind == Kind.URL ? toAscii(value) : value;
    }

    /**
     * @return whether the renderer encodes with the UTF-8 character-set hint: free text does, a
     *     URL never does (it is ASCII by then). Text of digits or QR alphanumerics only is
     *     encoded in the numeric or alphanumeric mode, which needs no ECI segment.
     */
    public boolean needsUtf8Hint() {
        return kind == Kind.TEXT;
    }

    /** @return the encoded text's length in bytes: UTF-8 for free text, ASCII for a URL */
    public int byteLength() {
        return encodedText().getBytes(StandardCharsets.UTF_8).length;
    }

    private static String toAscii(String url) {
        int schemeEnd = url.indexOf(':');
        StringBuilder out = new StringBuilder(url.length() + 16);
        out.append(url, 0, schemeEnd + 1);
        int rest = schemeEnd + 1;
        if (url.startsWith("//", rest)) {
            int authorityStart = rest + 2;
            int authorityEnd = authorityStart;
            while (authorityEnd < url.length() && "/?#".indexOf(url.charAt(authorityEnd)) < 0) {
                authorityEnd++;
            }
            out.append("//");
            appendAuthority(out, url.substring(authorityStart, authorityEnd), url);
            rest = authorityEnd;
        }
        appendEncoded(out, url, rest, url.length());
        return out.toString();
    }

    private static void appendAuthority(StringBuilder out, String authority, String url) {
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            appendEncoded(out, authority, 0, at + 1);
        }
        String hostPort = authority.substring(at + 1);
        int portStart = hostPort.startsWith("[")
                ? hostPort.indexOf(':', Math.max(0, hostPort.indexOf(']')))
                : hostPort.indexOf(':');
        String host = portStart < 0 ? hostPort : hostPort.substring(0, portStart);
        String port = portStart < 0 ? "" : hostPort.substring(portStart);
        if (isAscii(host)) {
            appendEncoded(out, host, 0, host.length());
        } else {
            try {
                out.append(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("qrContent", "must have a valid host name (" + e.getMessage() + ")", url);
            }
        }
        appendEncoded(out, port, 0, port.length());
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7E || text.charAt(i) <= 0x20) {
                return false;
            }
        }
        return true;
    }

    private static void appendEncoded(StringBuilder out, String text, int from, int to) {
        for (int i = from; i < to; ) {
            int cp = text.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp > 0x20 && cp < 0x7F) {
                out.append((char) cp);
            } else {
                for (byte b : text.substring(i, i + n).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
            i += n;
        }
    }
}
