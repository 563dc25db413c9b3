package dk.modningsportal.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

@Service
class PortalUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;

    PortalUserDetailsService(UserAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findWithOrganisationByUsername(username)
                .filter(UserAccount::isEnabled)
                .map(PortalUser::of)
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
    }
}
