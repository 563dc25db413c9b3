package dk.modningsportal.audit;

import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.VaadinRequest;
import dk.modningsportal.base.AccessRefusedException;
import dk.modningsportal.base.CprGuard;
import dk.modningsportal.base.Languages;
import dk.modningsportal.base.PersonalData;
import dk.modningsportal.base.SharedWithProject;
import dk.modningsportal.export.ReadableCells;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes every {@link Audited} act in the publisher's transaction, with who did it and from which
 * address, and lets administrators (everything) and organisations' leaders (their own organisation)
 * read and export the log.
 */
@Service
public class AuditLog implements PersonalData {

    /** What the reader filters on; null means any. */
    public record Filter(AuditAction action, Long organisationId, String actor, Instant from, Instant until) {

        public static final Filter ALL = new Filter(null, null, null, null, null);
    }

    private final AuditEntryRepository entries;
    private final AuditSearch search;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TransactionTemplate separate;
    private final I18NProvider i18n;

    AuditLog(AuditEntryRepository entries, AuditSearch search, ApplicationEventPublisher events, Clock clock,
            PlatformTransactionManager transactions, I18NProvider i18n) {
        this.i18n = i18n;
        this.entries = entries;
        this.search = search;
        this.separate = new TransactionTemplate(transactions);
        this.separate.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void record(Audited act) {
        if (TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            // A download or a read that is audited runs read-only: its entry gets a transaction of its own.
            separate.executeWithoutResult(status -> write(act));
        } else {
            write(act);
        }
    }

    @EventListener
    @Transactional
    public void record(SharedWithProject.Changed change) {
        record(Audited.of(change.shared() ? AuditAction.SHARED : AuditAction.SHARE_WITHDRAWN, change.itemType(),
                change.itemId(), change.label(), change.organisationId()));
    }

    private void write(Audited act) {
        Long actorId = act.actorId();
        String actorName = act.actorName();
        if (actorId == null && actorName == null) {
            AuditReader user = signedIn().orElse(null);
            actorId = user == null ? null : user.id();
            actorName = user == null ? "system" : user.auditName();
        }
        // What people typed (a failed login's user name) may hold a CPR number: it is masked, never stored.
        entries.save(new AuditEntry(clock.instant(), actorId, CprGuard.mask(actorName), act.action(), act.targetType(),
                act.targetId(), CprGuard.mask(act.targetLabel()), act.organisationId(), clientAddress(),
                CprGuard.mask(act.before()), CprGuard.mask(act.after())));
    }

    /** A page of the log, newest first, as far as the reader may see it. */
    @Transactional(readOnly = true)
    public Slice<AuditEntry> search(Filter filter, Pageable page) {
        return search.page(scope(filter), page);
    }

    /** The log as CSV (every entry the filter and the reader's rights allow); the export itself is logged. */
    @Transactional
    public byte[] exportCsv(Filter filter) {
        Filter scoped = scope(filter);
        // Times, actions and texts as the reader reads them (Danish unless they chose English).
        ReadableCells cells = new ReadableCells(signedIn().map(AuditReader::readsEnglish).orElse(false)
                ? Languages.ENGLISH : Languages.DANISH, i18n);
        StringWriter out = new StringWriter();
        out.write('\uFEFF'); // Excel reads UTF-8 only with a byte-order mark
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.EXCEL.builder().setDelimiter(';').get())) {
            csv.printRecord("tidspunkt", "udført af", "handling", "type", "id", "genstand", "organisation", "adresse",
                    "før", "efter");
            Slice<AuditEntry> slice;
            int page = 0;
            do {
                slice = search.page(scoped, PageRequest.of(page++, 1000));
                for (AuditEntry e : slice) {
                    csv.printRecord(cells.text(e.getOccurredAt()), cells.text(e.getActorName()), cells.text(e.getAction()),
                            e.getTargetType(), e.getTargetId(), cells.text(e.getTargetLabel()), e.getOrganisationId(),
                            e.getAddress(), cells.text(e.getBeforeValue()), cells.text(e.getAfterValue()));
                }
            } while (slice.hasNext());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        events.publishEvent(Audited.of(AuditAction.AUDIT_EXPORTED, "AUDIT", null, "audit.csv", scoped.organisationId()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** What the log holds about the person, for their own copy of their data (asked for by the person only). */
    @Override
    public List<Sheet> of(long userId) {
        List<List<String>> rows = entries.findAbout(userId).stream()
                .map(e -> java.util.Arrays.asList(String.valueOf(e.getOccurredAt()), e.getActorName(),
                        e.getAction().name(), e.getTargetLabel(), e.getAddress(), e.getBeforeValue(), e.getAfterValue()))
                .toList();
        return List.of(new Sheet("revisionslog", List.of("tidspunkt", "udført af", "handling", "genstand", "adresse",
                "før", "efter"), rows));
    }

    /** Whether the current user may read the log at all. */
    public boolean mayRead() {
        return signedIn().map(AuditLog::readable).orElse(false);
    }

    /** Whether the current user reads every organisation's entries (an administrator). */
    public boolean readsAll() {
        return signedIn().map(AuditReader::readsWholeAuditLog).orElse(false);
    }

    private Filter scope(Filter filter) {
        AuditReader user = signedIn().orElseThrow(
                () -> new AccessRefusedException("error.notLoggedIn", "No authenticated user"));
        if (!readable(user)) {
            throw new AccessRefusedException("error.accessRefused", user + " asked for the audit log");
        }
        if (user.readsWholeAuditLog()) {
            return filter;
        }
        return new Filter(filter.action(), user.organisationId(), filter.actor(), filter.from(), filter.until());
    }

    private static boolean readable(AuditReader user) {
        return user.readsWholeAuditLog() || user.readsOwnOrganisationsAuditLog();
    }

    /** The person signed in, read from Spring Security (the audit capability depends on no other's types). */
    private static Optional<AuditReader> signedIn() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof AuditReader reader
                ? Optional.of(reader) : Optional.empty();
    }

    private static String clientAddress() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        VaadinRequest vaadin = VaadinRequest.getCurrent();
        return vaadin == null ? null : vaadin.getRemoteAddr();
    }
}
