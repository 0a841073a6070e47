/**
 * The material catalog: the {@link io.sharehub.catalog.Category category} tree, {@link
 * io.sharehub.catalog.Material materials} and the Chinese-aware search bar ({@link
 * io.sharehub.catalog.Tokenizer}). Reach it through {@link io.sharehub.ShareHub#catalog()}.
 */
package io.sharehub.catalog;
