/** Charts drawn in the browser with Chart.js (MIT licence), fed by the server. */
@NullMarked
package uk.nexus.ui.chart;

import org.jspecify.annotations.NullMarked;
