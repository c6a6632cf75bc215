/** What every REST endpoint shares: RFC 9457 problem details for every error, the OpenAPI document. */
@NullMarked
package uk.nexus.web;

import org.jspecify.annotations.NullMarked;
