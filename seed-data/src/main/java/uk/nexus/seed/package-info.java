/**
 * Deterministic generator of a fictional London-like force in the Nexus CSV bundle format
 * ({@code docs/import-format.md}). Entry points: {@link uk.nexus.seed.ForceGenerator} and the CLI core {@link
 * uk.nexus.seed.GenerateCommand}.
 */
@NullMarked
package uk.nexus.seed;

import org.jspecify.annotations.NullMarked;
