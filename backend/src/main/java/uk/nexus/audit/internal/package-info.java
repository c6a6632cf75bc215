/** The store of the access log: the hash chain in Neo4j, its append and its verification. */
@NullMarked
package uk.nexus.audit.internal;

import org.jspecify.annotations.NullMarked;
