package dk.modningsportal.organisation;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dk.modningsportal.audit.AuditAction;
import dk.modningsportal.audit.Audited;
import dk.modningsportal.base.Authorities;
import dk.modningsportal.base.NotFoundException;
import dk.modningsportal.base.TextRules;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The participating organisations and Socialstyrelsen's own: administrators create, edit, deactivate and
 * reactivate them; everyone who assigns people or workspaces picks from the active ones.
 */
@Service
@Transactional(readOnly = true)
public class OrganisationService {

    public record OrganisationDetails(String name, OrganisationKind kind, String cvr, String contact) {
    }

    public record OrganisationRow(long id, long version, String name, OrganisationKind kind, String cvr,
            String contact, boolean active) {

        static OrganisationRow of(Organisation o) {
            return new OrganisationRow(o.getId(), o.getVersion(), o.getName(), o.getKind(), o.getCvr(),
                    o.getContact(), o.isActive());
        }
    }

    public record OrganisationRef(long id, String name, OrganisationKind kind) {
    }

    private final OrganisationRepository organisations;
    private final ApplicationEventPublisher events;
    /**
     * Names and kinds, read by every workspace check and list and changed seldom: kept a minute on each node (a
     * change made on another node shows here within it), forgotten at once on this node's own changes.
     */
    private final Cache<Long, OrganisationRef> named = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(1))
            .maximumSize(10_000).build();

    OrganisationService(OrganisationRepository organisations, ApplicationEventPublisher events) {
        this.organisations = organisations;
        this.events = events;
    }

    public List<OrganisationRow> search(String text) {
        Authorities.require("error.accessRefused", "ADMIN");
        return organisations.search(TextRules.likePattern(text)).stream().map(OrganisationRow::of).toList();
    }

    /** The organisations people and workspaces can be assigned to (for pickers; names only). */
    public List<OrganisationRef> active() {
        Authorities.require("error.accessRefused", "ADMIN", "CONSULTANT", "PROJECT_LEADER");
        return organisations.findActive().stream().map(o -> new OrganisationRef(o.getId(), o.getName(), o.getKind()))
                .toList();
    }

    /**
     * The organisations' names as they are called now, in one query: for the lists and exports of other modules,
     * which keep an organisation by id (the caller checked the reader may see the rows that name them).
     */
    public Map<Long, String> namesOf(java.util.Collection<Long> organisationIds) {
        Map<Long, String> names = new HashMap<>();
        refsOf(organisationIds).forEach((id, ref) -> names.put(id, ref.name()));
        return names;
    }

    /** Names organisations as a streamed export meets them, each read once (none: none; see {@link #namesOf}). */
    public java.util.function.UnaryOperator<Object> namer() {
        Map<Object, Object> names = new HashMap<>();
        return id -> id == null ? null : names.computeIfAbsent(id, o -> nameOf((Long) o));
    }

    /** Name and kind of each of these organisations, in one query (see {@link #namesOf}). */
    public Map<Long, OrganisationRef> refsOf(java.util.Collection<Long> organisationIds) {
        return organisationIds.isEmpty() ? Map.of() : named.getAll(java.util.Set.copyOf(organisationIds), missing -> {
            Map<Long, OrganisationRef> found = new HashMap<>();
            organisations.findAllById(List.<Long>copyOf(missing)).forEach(o -> found.put(o.getId(), ref(o)));
            return found;
        });
    }

    /** The organisation's name as it is called now (see {@link #namesOf}). */
    public String nameOf(long organisationId) {
        return ref(organisationId).map(OrganisationRef::name).orElse("?");
    }

    @Transactional
    public long create(OrganisationDetails details) {
        Authorities.require("error.accessRefused", "ADMIN");
        String cvr = validate(details, null);
        Organisation organisation = new Organisation(details.name().strip(), details.kind());
        organisation.describe(details.name().strip(), details.kind(), cvr, TextRules.trimToNull(details.contact()));
        organisations.save(organisation);
        events.publishEvent(Audited.of(AuditAction.ORGANISATION_CREATED, Audited.ORGANISATION, organisation.getId(),
                organisation.getName(), organisation.getId()).change(null, describe(organisation)));
        return organisation.getId();
    }

    /** Saves the details if nobody changed the organisation since {@code expectedVersion} was read. */
    @Transactional
    public void update(long id, long expectedVersion, OrganisationDetails details) {
        Authorities.require("error.accessRefused", "ADMIN");
        Organisation organisation = find(id);
        if (organisation.getVersion() != expectedVersion) {
            throw new dk.modningsportal.base.ValidationFailedException(Map.of("form", "validation.staleEdit"));
        }
        String cvr = validate(details, id);
        String before = describe(organisation);
        organisation.describe(details.name().strip(), details.kind(), cvr, TextRules.trimToNull(details.contact()));
        named.invalidate(id);
        events.publishEvent(Audited.of(AuditAction.ORGANISATION_UPDATED, Audited.ORGANISATION, id,
                organisation.getName(), id).change(before, describe(organisation)));
    }

    /** A deactivated organisation keeps its people's content; it is no longer offered for new people or projects. */
    @Transactional
    public void setActive(long id, boolean active) {
        Authorities.require("error.accessRefused", "ADMIN");
        Organisation organisation = find(id);
        if (organisation.isActive() == active) {
            return;
        }
        organisation.setActive(active);
        named.invalidate(id);
        events.publishEvent(Audited.of(active ? AuditAction.ORGANISATION_REACTIVATED : AuditAction.ORGANISATION_DEACTIVATED,
                Audited.ORGANISATION, id, organisation.getName(), id));
    }

    /** An active organisation, for services that assign people or workspaces to it (they check their own rights). */
    public OrganisationRef requireActive(long id, String field) {
        return organisations.findById(id).filter(Organisation::isActive).map(OrganisationService::ref)
                .orElseThrow(() -> new dk.modningsportal.base.ValidationFailedException(Map.of(field, "validation.unknownChoice")));
    }

    /** The organisation with this id as it is called now (none: it does not exist). */
    public java.util.Optional<OrganisationRef> ref(long id) {
        return java.util.Optional.ofNullable(refsOf(List.of(id)).get(id));
    }

    /** The ids of the organisations whose name holds this text (any case), for searches that include the name. */
    public java.util.Set<Long> idsNamedLike(String text) {
        return organisations.search(TextRules.likePattern(text)).stream().map(Organisation::getId)
                .collect(java.util.stream.Collectors.toSet());
    }

    /** Socialstyrelsen's organisation, created for the first administrator on an empty installation. */
    @Transactional
    public OrganisationRef nationalAgency() {
        return ref(organisations.findByKind(OrganisationKind.NATIONAL_AGENCY).stream().findFirst()
                .orElseGet(() -> organisations.save(new Organisation("Socialstyrelsen", OrganisationKind.NATIONAL_AGENCY))));
    }

    private static OrganisationRef ref(Organisation o) {
        return new OrganisationRef(o.getId(), o.getName(), o.getKind());
    }

    private Organisation find(long id) {
        return organisations.findById(id)
                .orElseThrow(() -> new NotFoundException("error.accessRefused", "No organisation " + id));
    }

    private String validate(OrganisationDetails details, Long id) {
        Map<String, String> errors = new HashMap<>();
        TextRules.check(errors, "name", details.name(), true, Organisation.NAME_MAX);
        TextRules.check(errors, "contact", details.contact(), false, Organisation.CONTACT_MAX);
        if (details.kind() == null) {
            errors.put("kind", TextRules.REQUIRED);
        }
        String name = TextRules.trimToNull(details.name());
        if (name != null && !errors.containsKey("name")
                && (id == null ? organisations.existsByNameIgnoreCase(name) : organisations.existsByNameIgnoreCaseAndIdNot(name, id))) {
            errors.put("name", "validation.organisationNameTaken");
        }
        String cvr = null;
        if (TextRules.trimToNull(details.cvr()) != null) {
            cvr = Cvr.normalise(details.cvr().strip());
            if (cvr == null) {
                errors.put("cvr", "validation.cvr");
            }
        }
        TextRules.throwIfAny(errors);
        return cvr;
    }

    private static String describe(Organisation o) {
        return o.getName() + "; " + o.getKind() + "; CVR " + (o.getCvr() == null ? "-" : o.getCvr()) + "; "
                + (o.getContact() == null ? "" : o.getContact());
    }
}
