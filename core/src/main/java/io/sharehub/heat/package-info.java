/**
 * Heat scores (热度值) per person and per material: weighted actions with an optional half-life,
 * computed as of the query instant. Configure with {@link io.sharehub.heat.HeatConfig}.
 */
package io.sharehub.heat;
