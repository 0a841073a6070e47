package io.sharehub.catalog.spi;

import java.util.Set;

/**
 * A material's search tokens by field, computed by the core with the {@link
 * io.sharehub.catalog.Tokenizer} so that every store matches the same way.
 *
 * @param title tokens of the title
 * @param tags tokens of all tags together
 * @param other tokens of the summary and the attribute values
 * @param tagKeys the tags themselves, NFKC-normalised and lower-cased, for tag filters
 */
public record SearchTokens(Set<String> title, Set<String> tags, Set<String> other, Set<String> tagKeys) {
    /** Copies the sets. */
    public SearchTokens {
        title = Set.copyOf(title);
        tags = Set.copyOf(tags);
        other = Set.copyOf(other);
        tagKeys = Set.copyOf(tagKeys);
    }

    /**
     * @param token a token
     * @return whether the material holds it in any field
     */
    public boolean contains(String token) {
        return title.contains(token) || tags.contains(token) || other.contains(token);
    }

    /**
     * The score of one query term: 3 if all its tokens are in the title, else 2 if all are in the
     * tags, else 1 if all are somewhere, else 0 (no match).
     *
     * @param term the term's tokens
     * @return the term's score, 0 when the term does not match
     */
    public int score(Set<String> term) {
        if (title.containsAll(term)) {
            return 3;
        }
        if (tags.containsAll(term)) {
            return 2;
        }
        for (String token : term) {
            if (!contains(token)) {
                return 0;
            }
        }
        return 1;
    }
}
