package dk.modningsportal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsPasswordService;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService, UserDetailsPasswordService {

    private final UserAccountRepository accounts;
    private final PortalUsers portalUsers;

    PortalUserDetailsService(UserAccountRepository accounts, PortalUsers portalUsers) {
        this.accounts = accounts;
        this.portalUsers = portalUsers;
    }

    /** Only enabled accounts with a password sign in; an invited person has none until they accept. */
    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findByUsername(username.strip().toLowerCase(java.util.Locale.ROOT))
                .or(() -> accounts.findByUsername(username.strip()))
                .filter(account -> account.isEnabled() && account.hasPassword())
                .map(portalUsers::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }

    /** Stores a stronger hash after a sign-in with one the encoder calls outdated. */
    @Override
    @Transactional
    public UserDetails updatePassword(UserDetails user, String newPassword) {
        UserAccount account = accounts.findById(((PortalUser) user).id()).orElseThrow();
        account.setPasswordHash(newPassword);
        return portalUsers.of(account);
    }
}
