package uk.nexus.security.internal;

import java.time.Instant;
import java.util.Set;
import org.springframework.data.annotation.Version;
import org.springframework.data.neo4j.core.schema.Id;
import org.springframework.data.neo4j.core.schema.Node;
import uk.nexus.security.Role;

/** A Nexus user as stored in the graph; the password only as a salted, slow hash. */
@Node("User")
public class UserAccount {

    @Id
    private final String username;

    private String displayName;
    private String passwordHash;
    private Set<Role> roles;
    private boolean enabled;
    private Instant createdAt;

    @Version
    private Long version;

    public UserAccount(
            String username,
            String displayName,
            String passwordHash,
            Set<Role> roles,
            boolean enabled,
            Instant createdAt) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles;
        this.enabled = enabled;
        this.createdAt = createdAt;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    /** Replaces the stored hash with one of the same password in the current algorithm. */
    public void rehash(String newHash) {
        this.passwordHash = newHash;
    }

    public Set<Role> getRoles() {
        return roles;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
