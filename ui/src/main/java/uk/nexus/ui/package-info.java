/** The Vaadin user interface: shell, layout, login, and one package of views per feature. */
@NullMarked
package uk.nexus.ui;

import org.jspecify.annotations.NullMarked;
