package uk.nexus.security.internal;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import uk.nexus.security.Role;

/**
 * Loads users from the {@code (:User)} nodes for form and HTTP Basic login, and stores the new hash
 * when a password hashed the old way is rehashed at sign-in.
 */
@Service
class GraphUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository users;

    GraphUserDetailsService(UserAccountRepository users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = users.findById(username).orElseThrow(() -> new UsernameNotFoundException(username));
        return User.withUsername(account.getUsername())
                .password(account.getPasswordHash())
                .disabled(!account.isEnabled())
                .authorities(account.getRoles().stream()
                        .map(Role::authority)
                        .map(SimpleGrantedAuthority::new)
                        .toList())
                .build();
    }

    @Override
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        users.findById(user.getUsername()).ifPresent(account -> {
            account.rehash(newPassword);
            users.save(account);
        });
        return User.withUserDetails(user).password(newPassword).build();
    }
}
