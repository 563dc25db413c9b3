package dk.modningsportal.organisation;

import dk.modningsportal.audit.AuditedOrganisations;
import java.util.List;
import org.springframework.stereotype.Component;

/** The active organisations, as the audit log's filter offers them. */
@Component
class OrganisationsForAudit implements AuditedOrganisations {

    private final OrganisationService organisations;

    OrganisationsForAudit(OrganisationService organisations) {
        this.organisations = organisations;
    }

    @Override
    public List<Named> active() {
        return organisations.active().stream().map(o -> new Named(o.id(), o.name())).toList();
    }
}
