/**
 * Who may do what: user accounts (stored in Neo4j), the six roles, and the HTTP security of the REST
 * API. The Vaadin views have their own filter chain in the ui module.
 */
@NullMarked
package uk.nexus.security;

import org.jspecify.annotations.NullMarked;
