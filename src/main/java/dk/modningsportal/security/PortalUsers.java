package dk.modningsportal.security;

import dk.modningsportal.organisation.OrganisationService;
import org.springframework.stereotype.Component;

/** A signed-in person made from their account, with their organisation as it is called now. */
@Component
class PortalUsers {

    private final OrganisationService organisations;

    PortalUsers(OrganisationService organisations) {
        this.organisations = organisations;
    }

    PortalUser of(UserAccount account) {
        return PortalUser.of(account, organisations.ref(account.getOrganisationId()).orElseThrow());
    }
}
