package uk.nexus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.RequestMappingInfoHandlerMapping;
import uk.nexus.GraphIT;

/**
 * Walks the API table of docs/security.md: every endpoint the application maps under {@code /api} and
 * {@code /actuator} must be listed, every listed one must exist, and each role (and a caller without
 * credentials) must get exactly the access the table gives.
 */
class AuthorisationMatrixIT extends GraphIT {

    static final Path DOC = Path.of("..", "docs", "security.md");
    static final List<String> COLUMNS = List.of("ANALYST", "DETECTIVE", "SUPERVISOR", "REFERRALS", "AUDITOR", "ADMIN");

    @Autowired
    ApplicationContext context;

    record Row(String endpoint, Map<String, Boolean> access, String example) {}

    static List<Row> table() throws Exception {
        String doc = Files.readString(DOC);
        String body = doc.substring(doc.indexOf("<!-- api-matrix:start -->"), doc.indexOf("<!-- api-matrix:end -->"));
        List<Row> rows = new ArrayList<>();
        for (String line : body.lines().toList()) {
            if (!line.startsWith("| `")) {
                continue;
            }
            String[] cells = line.split("\\|");
            Map<String, Boolean> access = new java.util.LinkedHashMap<>();
            for (int i = 0; i < COLUMNS.size(); i++) {
                access.put(COLUMNS.get(i), cells[2 + i].strip().equals("✓"));
            }
            access.put("signed out", cells[2 + COLUMNS.size()].strip().equals("✓"));
            rows.add(new Row(strip(cells[1]), access, strip(cells[3 + COLUMNS.size()])));
        }
        return rows;
    }

    private static String strip(String cell) {
        return cell.strip().replaceAll("^`|`$", "");
    }

    private TreeSet<String> mapped() {
        TreeSet<String> endpoints = new TreeSet<>();
        for (RequestMappingInfoHandlerMapping mapping :
                context.getBeansOfType(RequestMappingInfoHandlerMapping.class).values()) {
            for (RequestMappingInfo info : mapping.getHandlerMethods().keySet()) {
                var methods = info.getMethodsCondition().getMethods();
                for (String pattern : info.getPatternValues()) {
                    if (!pattern.startsWith("/api") && !pattern.startsWith("/actuator")) {
                        continue;
                    }
                    if (methods.isEmpty()) {
                        endpoints.add("ANY " + pattern);
                    }
                    for (RequestMethod m : methods) {
                        endpoints.add(m.name() + " " + pattern);
                    }
                }
            }
        }
        return endpoints;
    }

    @Test
    void every_endpoint_is_in_the_table_and_every_row_is_an_endpoint() throws Exception {
        TreeSet<String> documented =
                new TreeSet<>(table().stream().map(Row::endpoint).toList());
        TreeSet<String> mapped = mapped();
        assertThat(mapped)
                .as(
                        "endpoints the application maps but docs/security.md does not list: %s",
                        mapped.stream().filter(e -> !documented.contains(e)).toList())
                .isSubsetOf(documented);
        assertThat(documented)
                .as("rows of docs/security.md with no such endpoint")
                .isSubsetOf(mapped);
    }

    @Test
    void every_role_gets_exactly_the_access_the_table_gives() throws Exception {
        List<String> mismatches = new ArrayList<>();
        wipe();
        load("tiny");
        for (Row row : table()) {
            for (Map.Entry<String, Boolean> cell : row.access().entrySet()) {
                MockHttpServletRequestBuilder request = request(row.example());
                if (!cell.getKey().equals("signed out")) {
                    request = request.with(as(Role.valueOf(cell.getKey())));
                }
                int status = mvc.perform(request).andReturn().getResponse().getStatus();
                boolean allowed = status < 400;
                if (allowed && !row.endpoint().startsWith("GET ")) {
                    // A decision changed the data: start the next request from the same data again.
                    wipe();
                    load("tiny");
                }
                int denial = cell.getKey().equals("signed out") ? 401 : 403;
                if (cell.getValue() != allowed || (!cell.getValue() && status != denial)) {
                    mismatches.add(row.endpoint() + " as " + cell.getKey() + ": table says "
                            + (cell.getValue() ? "allowed" : "denied") + ", got " + status);
                }
            }
        }
        assertThat(mismatches).isEmpty();
    }

    private static MockHttpServletRequestBuilder request(String example) {
        String[] parts = example.split(" ", 3);
        String uri = parts[1];
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(parts[0]), uri);
        if (parts.length == 3) {
            request = request.contentType(MediaType.APPLICATION_JSON)
                    .content(parts[2].replace(
                            "{NEXT_YEAR}",
                            LocalDate.now(ZoneOffset.UTC).plusYears(1).toString()));
        }
        return request;
    }
}
