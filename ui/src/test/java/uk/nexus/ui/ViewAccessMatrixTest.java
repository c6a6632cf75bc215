package uk.nexus.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;

/**
 * Walks the view table of docs/security.md: every routed view of the application must be listed, every
 * listed view must exist, and Vaadin's own access check (the one its navigation uses) must give each
 * role exactly the access the table gives.
 */
class ViewAccessMatrixTest {

    static final List<String> COLUMNS = List.of("ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS", "AUDITOR", "ADMIN");

    private static Map<String, Map<String, Boolean>> table() throws Exception {
        String doc = Files.readString(Path.of("..", "docs", "security.md"));
        String body = doc.substring(doc.indexOf("<!-- view-matrix:start -->"), doc.indexOf("<!-- view-matrix:end -->"));
        Map<String, Map<String, Boolean>> rows = new TreeMap<>();
        for (String line : body.lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            String route = cells[1].strip();
            route = route.substring(1, route.indexOf('`', 1));
            Map<String, Boolean> access = new LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                access.put(COLUMNS.get(i), cells[2 + i].strip().equals("✓"));
            }
            access.put("signed out", cells[2 + COLUMNS.size()].strip().equals("✓"));
            rows.put(route, access);
        }
        return rows;
    }

    private static Map<String, Class<?>> routes() throws Exception {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        Map<String, Class<?>> routes = new TreeMap<>();
        for (var candidate : scanner.findCandidateComponents("uk.nexus")) {
            Class<?> view = Class.forName(candidate.getBeanClassName());
            String path = "/" + view.getAnnotation(Route.class).value();
            if (HasUrlParameter.class.isAssignableFrom(view)) {
                path += "/{id}";
            }
            routes.put(path, view);
        }
        return routes;
    }

    @Test
    void every_view_is_in_the_table_and_every_role_gets_exactly_the_access_the_table_gives() throws Exception {
        Map<String, Map<String, Boolean>> table = table();
        Map<String, Class<?>> routes = routes();
        assertThat(routes.keySet()).containsExactlyInAnyOrderElementsOf(table.keySet());
        AccessAnnotationChecker checker = new AccessAnnotationChecker();
        List<String> mismatches = new ArrayList<>();
        table.forEach((route, access) -> access.forEach((who, allowed) -> {
            boolean signedOut = who.equals("signed out");
            var principal = signedOut ? null : new UsernamePasswordAuthenticationToken(who.toLowerCase(), "n/a");
            boolean actual = checker.hasAccess(routes.get(route), principal, role -> !signedOut && role.equals(who));
            if (actual != allowed) {
                mismatches.add(route + " as " + who + ": table says " + allowed + ", Vaadin says " + actual);
            }
        }));
        assertThat(mismatches).isEmpty();
    }
}
