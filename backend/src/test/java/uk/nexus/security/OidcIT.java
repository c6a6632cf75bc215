package uk.nexus.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import uk.nexus.GraphIT;
import uk.nexus.audit.AccessLog;

/**
 * Bearer tokens of an external identity provider on the API: the test profile trusts the public key
 * of a pretend provider (src/test/resources/oidc), and these tests sign tokens with its private key.
 */
class OidcIT extends GraphIT {

    private static PrivateKey providerKey;

    @BeforeEach
    void tinyForce() throws Exception {
        wipe();
        load("tiny");
        if (providerKey == null) {
            String pem = Files.readString(Path.of("src/test/resources/oidc/test-issuer-private.pem"));
            byte[] der = Base64.getMimeDecoder()
                    .decode(pem.replace("-----BEGIN PRIVATE KEY-----", "").replace("-----END PRIVATE KEY-----", ""));
            providerKey = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
        }
    }

    private static String token(PrivateKey key, Map<String, Object> claims, Instant expires) throws Exception {
        JWTClaimsSet.Builder set = new JWTClaimsSet.Builder()
                .subject("f3a9c1e2-0000-4000-8000-000000000001")
                .issueTime(Date.from(Instant.now().minusSeconds(60)))
                .expirationTime(Date.from(expires));
        claims.forEach(set::claim);
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), set.build());
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    private static String token(Map<String, Object> claims) throws Exception {
        return token(providerKey, claims, Instant.now().plusSeconds(300));
    }

    @Test
    void a_token_with_a_nexus_role_signs_the_user_in_under_the_name_the_provider_gives() throws Exception {
        String bearer = token(Map.of("preferred_username", "a.okafor", "roles", List.of("analyst", "staff")));

        mvc.perform(get("/api/subjects/T1")
                        .header("Authorization", "Bearer " + bearer)
                        .header(AccessLog.PURPOSE_HEADER, "Op Lantern case review"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.identity.id").value("T1"));

        assertThat(count(
                        "MATCH (e:AuditEntry {action: 'subject.view', user: 'a.okafor'})"
                                + " WHERE e.roles = ['ANALYST'] AND e.justification = 'Op Lantern case review'"
                                + " RETURN count(e)",
                        Map.of()))
                .isOne();
    }

    @Test
    void the_roles_claim_decides_what_the_user_may_do_and_other_values_grant_nothing() throws Exception {
        String auditor = token(Map.of("preferred_username", "c.lind", "roles", "ROLE_AUDITOR administrator"));
        mvc.perform(get("/api/subjects/T1")
                        .header("Authorization", "Bearer " + auditor)
                        .header(AccessLog.PURPOSE_HEADER, "Op Lantern case review"))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.type").value("https://nexus.invalid/problems/forbidden"));
        mvc.perform(get("/api/audit/entries").header("Authorization", "Bearer " + auditor))
                .andExpect(status().isOk());

        String nobody = token(Map.of("preferred_username", "d.nobody"));
        mvc.perform(get("/api/groups").header("Authorization", "Bearer " + nobody))
                .andExpect(status().isForbidden());
    }

    @Test
    void expired_and_forged_tokens_are_refused_as_problem_details() throws Exception {
        String expired = token(
                providerKey,
                Map.of("preferred_username", "a.okafor", "roles", List.of("ANALYST")),
                Instant.now().minusSeconds(600));
        mvc.perform(get("/api/groups").header("Authorization", "Bearer " + expired))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));

        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = token(
                generator.generateKeyPair().getPrivate(),
                Map.of("preferred_username", "a.okafor", "roles", List.of("ANALYST")),
                Instant.now().plusSeconds(300));
        mvc.perform(get("/api/groups").header("Authorization", "Bearer " + forged))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.status").value(401));
    }
}
