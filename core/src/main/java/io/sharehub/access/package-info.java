/**
 * Who may see what: {@link io.sharehub.access.Viewer viewers}, {@link
 * io.sharehub.access.Visibility visibility} of materials and categories, {@link
 * io.sharehub.access.Action actions}, and {@link io.sharehub.access.Decision decisions} with their
 * closed set of reasons. Every path that returns materials obeys these rules.
 */
package io.sharehub.access;
